package com.socialyst.report.internal.data;

import static com.socialyst.report.internal.Rows.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.socialyst.assessment.AssessmentHistory;
import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.DimensionScore;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.MaturityTexts;
import com.socialyst.assessment.PeerBenchmark;
import com.socialyst.assessment.Quartiles;
import com.socialyst.maturity.Question;
import com.socialyst.model.Answer;
import com.socialyst.model.Assessment;
import com.socialyst.model.Client;
import com.socialyst.report.internal.ReportLabels;

/**
 * The data of the maturity report: {@code maturity} (one row: overall, stage, change, benchmark note),
 * {@code dimensions} (score, previous, industry quartiles per dimension) and {@code roadmap} (the next level of each
 * question in the three weakest dimensions). Only assessments up to the report's as-of day count.
 */
public final class MaturityData {

	/** How many of the weakest dimensions the roadmap covers, one time horizon each. */
	static final int ROADMAP_DIMENSIONS = 3;

	private MaturityData() {
	}

	public static ReportData build(ReportContext context) {
		ReportData data = new ReportData();
		CommonData.add(context, data, false);
		Client client = context.client();
		ReportLabels labels = context.labels();
		Locale locale = labels.locale();
		LocalDate asOf = context.request().asOf();
		MaturityModels models = context.maturityModels();
		String modelId = client.getAssessments().stream().filter(a -> a.getDate() != null && !a.getDate().isAfter(asOf))
				.max(Comparator.comparing(Assessment::getDate)).map(Assessment::getModelId).orElse(MaturityModels.STANDARD_ID);
		AssessmentHistory history = AssessmentHistory.of(client, modelId, models);
		history.problems().forEach(context::warn);
		List<AssessmentResult> results = history.results().stream().filter(r -> !r.date().isAfter(asOf)).toList();
		if (results.isEmpty()) {
			context.warn("no maturity assessment up to " + asOf);
			data.put("maturity", List.of());
			data.put("dimensions", List.of());
			data.put("roadmap", List.of());
			return data;
		}
		AssessmentResult latest = results.get(results.size() - 1);
		AssessmentResult previous = results.size() > 1 ? results.get(results.size() - 2) : null;
		MaturityTexts texts = models.texts(latest.model());
		PeerBenchmark benchmark = PeerBenchmark.of(context.portfolio().clients(), client, latest.model(), models);
		String benchmarkNote = benchmark.enoughPeers() ? labels.text("benchmark.peers", benchmark.peers())
				: labels.text("benchmark.notEnough", benchmark.peers(), PeerBenchmark.MIN_PEERS);
		data.put("maturity", List.of(row("model", texts.name(latest.model(), locale), "date", latest.date(),
				"overall", latest.overall(), "stage", latest.stage() == null ? null : texts.name(latest.stage(), locale),
				"stageDescription", latest.stage() == null ? labels.text("maturity.noStage")
						: texts.description(latest.stage(), locale),
				"previousDate", previous == null ? null : previous.date(),
				"previousOverall", previous == null ? Double.NaN : previous.overall(),
				"previousStage", previous == null || previous.stage() == null ? null : texts.name(previous.stage(), locale),
				"overallChange", previous == null ? Double.NaN : latest.overall() - previous.overall(),
				"peers", benchmark.peers(), "benchmarkNote", benchmarkNote,
				"overallMedian", benchmark.enoughPeers() ? benchmark.overall().median() : Double.NaN)));
		List<Map<String, Object>> dimensions = new ArrayList<>();
		for (DimensionScore dimension : latest.dimensions()) {
			double before = previous == null ? Double.NaN
					: previous.dimension(dimension.id()).filter(DimensionScore::scored).map(DimensionScore::score).orElse(Double.NaN);
			Quartiles peers = benchmark.enoughPeers() ? benchmark.dimensions().get(dimension.id()) : null;
			double score = dimension.scored() ? dimension.score() : Double.NaN;
			dimensions.add(row("dimensionId", dimension.id(), "name", texts.name(dimension.dimension(), locale),
					"score", score, "previous", before, "change", score - before,
					"benchmarkMedian", peers == null ? Double.NaN : peers.median(),
					"benchmarkQ1", peers == null ? Double.NaN : peers.q1(),
					"benchmarkQ3", peers == null ? Double.NaN : peers.q3(),
					"answered", dimension.answered(), "questions", dimension.questions()));
		}
		data.put("dimensions", dimensions);
		data.put("roadmap", roadmap(latest, levels(client, latest), texts, labels));
		return data;
	}

	/** The level answered for each question in the assessment that {@code result} scored. */
	private static Map<String, Integer> levels(Client client, AssessmentResult result) {
		Map<String, Integer> levels = new HashMap<>();
		client.getAssessments().stream()
				.filter(a -> result.date().equals(a.getDate()) && result.model().getId().equals(a.getModelId()))
				.reduce((first, second) -> second) // the one stored last wins, as in the history
				.ifPresent(a -> {
					for (Answer answer : a.getAnswers()) {
						levels.put(answer.getQuestionId(), answer.getLevel());
					}
				});
		return levels;
	}

	/**
	 * The next step of every question below the top level in the weakest dimensions: the weakest first (next three
	 * months), then the second (three to six) and the third (six to twelve).
	 */
	private static List<Map<String, Object>> roadmap(AssessmentResult latest, Map<String, Integer> levels,
			MaturityTexts texts, ReportLabels labels) {
		Locale locale = labels.locale();
		int max = latest.model().getMaxLevel();
		List<DimensionScore> weakest = latest.dimensions().stream().filter(DimensionScore::scored)
				.sorted(Comparator.comparingDouble(DimensionScore::score)).limit(ROADMAP_DIMENSIONS).toList();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int horizon = 1; horizon <= weakest.size(); horizon++) {
			DimensionScore dimension = weakest.get(horizon - 1);
			for (Question question : dimension.dimension().getQuestions()) {
				Integer level = levels.get(question.getId());
				if (level == null || level >= max) {
					continue;
				}
				rows.add(row("horizon", horizon, "horizonLabel", labels.text("horizon." + horizon),
						"dimension", texts.name(dimension.dimension(), locale), "question", texts.text(question, locale),
						"level", level, "current", texts.level(question, level, locale),
						"next", texts.level(question, level + 1, locale)));
			}
		}
		return rows;
	}
}
