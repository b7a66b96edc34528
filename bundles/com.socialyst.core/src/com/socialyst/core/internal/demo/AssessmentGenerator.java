package com.socialyst.core.internal.demo;

import java.time.LocalDate;
import java.util.Map;

import com.socialyst.assessment.StandardMaturityModel;
import com.socialyst.core.internal.demo.ClientProfile.Cause;
import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Question;
import com.socialyst.model.Answer;
import com.socialyst.model.Assessment;
import com.socialyst.model.Client;
import com.socialyst.model.SocialystFactory;

/**
 * Two maturity assessments per demo client against the built-in model: one half a year before the end of the data
 * and one three weeks before it. Answers follow the client's profile, so the questionnaire tells the same story as
 * the data: a client without a sponsor scores low on leadership, one that does not track conversions low on
 * measurement, and so on; healthy clients reach the upper stages and improve between the two assessments.
 */
final class AssessmentGenerator {

	private static final MaturityModel MODEL = StandardMaturityModel.load();

	/** The level a cause pins a question or a whole dimension to (question ids win over dimension ids). */
	private static final Map<Cause, Map<String, Integer>> CAUSES = Map.of(
			Cause.NO_SPONSOR, Map.of("leadership", 1, "leadership.sponsor", 0, "leadership.steering", 0),
			Cause.MARKETING_ONLY, Map.of("reach", 0, "audiences", 1, "audiences.segmentation", 2),
			Cause.VANITY_KPIS, Map.of("measurement.kpis", 0, "measurement.attribution", 1),
			Cause.NO_CONVERSION_TRACKING, Map.of("measurement", 0, "measurement.journey", 1),
			Cause.TINY_BUDGET, Map.of("people", 1, "people.staffing", 0, "paid", 0, "technology.management-tool", 1),
			Cause.UNSTRATEGISED_CHANNELS, Map.of("leadership.strategy", 1, "technology.review", 0));

	private AssessmentGenerator() {
	}

	static void generate(Client client, ClientProfile profile, LocalDate end, Draw draw) {
		LocalDate latest = end.minusWeeks(3);
		int[] now = levels(profile, draw);
		int[] before = new int[now.length];
		for (int i = 0; i < now.length; i++) {
			// Half a year earlier: the same or a step lower; healthy clients have moved more.
			before[i] = Math.max(0, now[i] - (draw.chance(profile.healthy() ? 0.55 : 0.3) ? 1 : 0));
		}
		client.getAssessments().add(assessment(latest.minusMonths(6), before));
		client.getAssessments().add(assessment(latest, now));
	}

	private static int[] levels(ClientProfile profile, Draw draw) {
		int base = profile.healthy() ? 3 : 2;
		int[] levels = new int[questionCount()];
		int i = 0;
		for (Dimension dimension : MODEL.getDimensions()) {
			for (Question question : dimension.getQuestions()) {
				int level = Math.max(0, Math.min(MODEL.getMaxLevel(), base + (draw.chance(0.35) ? (draw.chance(0.5) ? 1 : -1) : 0)));
				for (Cause cause : Cause.values()) {
					if (profile.has(cause)) {
						Map<String, Integer> pins = CAUSES.get(cause);
						Integer pinned = pins.containsKey(question.getId()) ? pins.get(question.getId()) : pins.get(dimension.getId());
						if (pinned != null) {
							level = Math.min(level, pinned);
						}
					}
				}
				levels[i++] = level;
			}
		}
		return levels;
	}

	private static int questionCount() {
		return MODEL.getDimensions().stream().mapToInt(d -> d.getQuestions().size()).sum();
	}

	private static Assessment assessment(LocalDate date, int[] levels) {
		Assessment assessment = SocialystFactory.eINSTANCE.createAssessment();
		assessment.setDate(date);
		assessment.setModelId(MODEL.getId());
		assessment.setModelVersion(MODEL.getVersion());
		int i = 0;
		for (Dimension dimension : MODEL.getDimensions()) {
			for (Question question : dimension.getQuestions()) {
				Answer answer = SocialystFactory.eINSTANCE.createAnswer();
				answer.setQuestionId(question.getId());
				answer.setLevel(levels[i++]);
				assessment.getAnswers().add(answer);
			}
		}
		return assessment;
	}
}
