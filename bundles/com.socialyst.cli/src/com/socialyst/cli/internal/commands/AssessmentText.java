package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

import com.socialyst.assessment.AssessmentChange;
import com.socialyst.assessment.AssessmentHistory;
import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.DimensionScore;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.MaturityTexts;
import com.socialyst.assessment.PeerBenchmark;
import com.socialyst.assessment.Quartiles;
import com.socialyst.model.Client;

/** A client's latest assessment as text: stage, scores, change since the previous one, peers. */
final class AssessmentText {

	private final MaturityModels models;
	private final Locale locale;

	AssessmentText(MaturityModels models, Locale locale) {
		this.models = models;
		this.locale = locale;
	}

	/** @param peers null to leave the benchmark out */
	void print(PrintWriter out, Client client, AssessmentHistory history, PeerBenchmark peers) {
		history.problems().forEach(problem -> out.println("warning: " + problem));
		Optional<AssessmentResult> found = history.latest();
		if (found.isEmpty()) {
			out.printf("%s (%s): no assessment yet (record one with socialyst assess)%n", client.getName(), client.getId());
			return;
		}
		AssessmentResult latest = found.get();
		MaturityTexts texts = models.texts(latest.model());
		Optional<AssessmentChange> change = history.change();
		out.printf("%s (%s): %s %s, assessed %s%n", client.getName(), client.getId(), texts.name(latest.model(), locale),
				latest.model().getVersion(), latest.date());
		String stage = latest.stage() == null ? "no stage (incomplete)" : texts.name(latest.stage(), locale);
		out.printf("Stage: %s, overall %s / 100%s%n", stage, score(latest.overall()), change.map(c -> String.format(Locale.ROOT,
				"; previous %s on %s: %s, %s", c.before().stage() == null ? "no stage" : texts.name(c.before().stage(), locale),
				c.before().date(), score(c.before().overall()), delta(c.overall()))).orElse(""));
		if (peers != null) {
			out.println(peers.enoughPeers()
					? String.format(Locale.ROOT, "Peers: %d %s clients; overall median %s (quartiles %s-%s)", peers.peers(),
							client.getIndustry().getLiteral(), score(peers.overall().median()), score(peers.overall().q1()),
							score(peers.overall().q3()))
					: String.format(Locale.ROOT, "Peers: not enough peers (%d %s clients assessed; %d needed)", peers.peers(),
							client.getIndustry().getLiteral(), PeerBenchmark.MIN_PEERS));
		}
		out.println();
		boolean showPeers = peers != null && peers.enoughPeers();
		// as wide as the longest dimension name in this language, so the numbers line up
		int width = latest.dimensions().stream().mapToInt(d -> texts.name(d.dimension(), locale).length()).max().orElse(9);
		String row = "  %-" + width + "s %7s %9s %10s%s%n";
		out.printf(row, "dimension", "score", "answered", "change", showPeers ? "   peers Q1 / median / Q3" : "");
		for (DimensionScore dimension : latest.dimensions()) {
			String delta = change.flatMap(c -> c.dimensions().stream().filter(d -> d.id().equals(dimension.id())).findFirst())
					.map(d -> delta(d.delta())).orElse("");
			Quartiles quartiles = showPeers ? peers.dimensions().get(dimension.id()) : null;
			out.printf(row, texts.name(dimension.dimension(), locale), score(dimension.score()),
					dimension.answered() + "/" + dimension.questions(), delta,
					quartiles == null ? "" : String.format(Locale.ROOT, "   %s / %s / %s", score(quartiles.q1()),
							score(quartiles.median()), score(quartiles.q3())));
		}
		if (!latest.unanswered().isEmpty()) {
			out.println();
			out.printf("Unanswered (%d): %s%n", latest.unanswered().size(), String.join(", ", latest.unanswered()));
		}
		latest.notes().forEach(note -> out.println("note: " + note));
		if (history.results().size() > 2) {
			out.println();
			out.println("History:");
			history.results().forEach(result -> out.printf("  %s  %6s  %s%n", result.date(), score(result.overall()),
					result.stage() == null ? "-" : texts.name(result.stage(), locale)));
		}
	}

	static String score(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
	}

	static String delta(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%+.1f", value);
	}
}
