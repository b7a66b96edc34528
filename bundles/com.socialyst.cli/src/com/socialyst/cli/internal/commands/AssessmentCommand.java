package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import com.google.gson.Gson;
import com.socialyst.assessment.AssessmentChange;
import com.socialyst.assessment.AssessmentHistory;
import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.DimensionScore;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.MaturityTexts;
import com.socialyst.assessment.PeerBenchmark;
import com.socialyst.assessment.Quartiles;
import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Stage;
import com.socialyst.model.Client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst assessment}: a client's maturity scores, stage, change and peer benchmark. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "assessment", description = {
		"Shows a client's latest social-maturity assessment: the score of each dimension (0-100), the overall score "
				+ "and stage, the change since the previous assessment, and the median and quartiles of the "
				+ "clients of the same industry in the portfolio (only with at least 5 of them).",
		"JSON (one object): clientId, clientName, model{id, version, name}, date, overall, stage{id, name}, "
				+ "dimensions[]{id, name, score, answered, questions, change, peers{q1, median, q3}}, previous{date, "
				+ "overall, stage}, peers{count, enough, overall}, unanswered[], notes[], history[]{date, overall, "
				+ "stage}; scores without a value are null." },
		footer = { "%nExamples:", "  socialyst assessment -w ~/clients --client acme",
				"  socialyst assessment -w ~/clients --client acme --locale nl --format json" })
public class AssessmentCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Reference
	MaturityModels models;

	@Mixin
	WorkspaceOption workspace;

	@Mixin
	MaturityModelOption model;

	@Mixin
	LocaleOption language;

	@Option(names = "--client", required = true, paramLabel = "ID", description = "The client's id (see 'socialyst clients').")
	String client;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
	EvaluateCommand.OutputFormat format;

	private static final Gson GSON = ScorecardJson.builder().create();

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (format == EvaluateCommand.OutputFormat.CSV) {
			throw new IllegalArgumentException("assessment prints text or json, not csv");
		}
		Locale locale = language.locale();
		models.problems().forEach(problem -> err.println("warning: maturity model not loaded: " + problem));
		MaturityModel current = model.resolve(models);
		OpenPortfolio portfolio = workspace.open(err, null);
		Client target = workspace.client(portfolio, client);
		AssessmentHistory history = AssessmentHistory.of(target, current.getId(), models);
		PeerBenchmark peers = PeerBenchmark.of(portfolio.clients(), target,
				history.latest().map(AssessmentResult::model).orElse(current), models);
		if (format == EvaluateCommand.OutputFormat.JSON) {
			out.println(GSON.toJson(json(target, history, peers, locale)));
		} else {
			new AssessmentText(models, locale).print(out, target, history, peers);
		}
		out.flush();
		return portfolio.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
	}

	/** Field order is the JSON's, documented in the command's description. */
	record Json(String clientId, String clientName, ModelJson model, LocalDate date, Double overall, StageJson stage,
			List<DimensionJson> dimensions, PreviousJson previous, PeersJson peers, List<String> unanswered,
			List<String> notes, List<PreviousJson> history, List<String> problems) {
	}

	record ModelJson(String id, String version, String name) {
	}

	record StageJson(String id, String name) {
	}

	record DimensionJson(String id, String name, Double score, int answered, int questions, Double change,
			Quartiles peers) {
	}

	record PreviousJson(LocalDate date, Double overall, StageJson stage) {
	}

	record PeersJson(int count, boolean enough, Quartiles overall) {
	}

	private Json json(Client target, AssessmentHistory history, PeerBenchmark peers, Locale locale) {
		PeersJson peersJson = new PeersJson(peers.peers(), peers.enoughPeers(), peers.overall());
		Optional<AssessmentResult> found = history.latest();
		if (found.isEmpty()) {
			return new Json(target.getId(), target.getName(), null, null, null, null, List.of(), null, peersJson,
					List.of(), List.of(), List.of(), history.problems());
		}
		AssessmentResult latest = found.get();
		MaturityTexts texts = models.texts(latest.model());
		Optional<AssessmentChange> change = history.change();
		Map<String, Double> deltas = new LinkedHashMap<>();
		change.ifPresent(c -> c.dimensions().forEach(d -> deltas.put(d.id(), d.delta())));
		List<DimensionJson> dimensions = new ArrayList<>();
		for (DimensionScore dimension : latest.dimensions()) {
			dimensions.add(new DimensionJson(dimension.id(), texts.name(dimension.dimension(), locale), dimension.score(),
					dimension.answered(), dimension.questions(), deltas.get(dimension.id()),
					peers.dimensions().get(dimension.id())));
		}
		List<PreviousJson> all = history.results().stream()
				.map(r -> new PreviousJson(r.date(), r.overall(), stage(r.stage(), texts, locale))).toList();
		return new Json(target.getId(), target.getName(),
				new ModelJson(latest.model().getId(), latest.model().getVersion(), texts.name(latest.model(), locale)),
				latest.date(), latest.overall(), stage(latest.stage(), texts, locale), dimensions,
				change.map(c -> all.get(all.size() - 2)).orElse(null), peersJson, latest.unanswered(), latest.notes(), all,
				history.problems());
	}

	private static StageJson stage(Stage stage, MaturityTexts texts, Locale locale) {
		return stage == null ? null : new StageJson(stage.getId(), texts.name(stage, locale));
	}
}
