package com.socialyst.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.AssessmentScorer;
import com.socialyst.assessment.StandardMaturityModel;
import com.socialyst.maturity.MaturityModel;

class ScoringTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
	private static final double EPS = 1e-9;

	@Test
	void dimensionsAreMeanLevelsAndOverallIsWeighted() {
		MaturityModel model = Models.small();
		// a: (4 + 2) / 2 / 4 = 75; b: only b1 answered, 1 / 4 = 25; overall (75 × 1 + 25 × 3) / 4 = 37.5
		AssessmentResult result = AssessmentScorer.score(model,
				Models.assessment(model, DAY, Map.of("a1", 4, "a2", 2, "b1", 1)));
		assertEquals(75, result.dimension("a").get().score(), EPS);
		assertEquals(25, result.dimension("b").get().score(), EPS);
		assertEquals(1, result.dimension("b").get().answered());
		assertEquals(37.5, result.overall(), EPS);
		assertEquals(List.of("b2"), result.unanswered(), "unanswered is listed, not counted as 0");
		assertEquals("low", result.stage().getId());
	}

	@Test
	void stageNeedsTheOverallScoreAndEveryDimensionAboveItsFloor() {
		MaturityModel model = Models.small();
		// overall exactly 40 reaches "mid": a = 100 (×1), b = 20 ... use levels: b all 1 → 25, a all 4 → 100:
		// (100 + 75) / 4 = 43.75
		assertEquals("mid", stage(model, Map.of("a1", 4, "a2", 4, "b1", 1, "b2", 1)));
		// a = 0, b = 100: overall 75 reaches "mid" only
		assertEquals("mid", stage(model, Map.of("a1", 0, "a2", 0, "b1", 4, "b2", 4)));
		// a = 25, b = 100: overall 81.25 ≥ 80 but a < 50: not "high"
		assertEquals("mid", stage(model, Map.of("a1", 1, "a2", 1, "b1", 4, "b2", 4)));
		// a = 50, b = 100: overall 87.5 and every dimension ≥ 50: "high"
		assertEquals("high", stage(model, Map.of("a1", 2, "a2", 2, "b1", 4, "b2", 4)));
		// b = 37.5 (3 + 0), a = 50: overall (50 + 112.5) / 4 = 40.625 → mid; a = 25: (25 + 112.5) / 4 = 34.375 → low
		assertEquals("mid", stage(model, Map.of("a1", 2, "a2", 2, "b1", 3, "b2", 0)));
		assertEquals("low", stage(model, Map.of("a1", 1, "a2", 1, "b1", 3, "b2", 0)));
	}

	@Test
	void noStageWithoutAnAnswerInEveryDimension() {
		MaturityModel model = Models.small();
		AssessmentResult result = AssessmentScorer.score(model, Models.assessment(model, DAY, Map.of("a1", 4, "a2", 4)));
		assertEquals(100, result.overall(), EPS, "overall of what was answered");
		assertTrue(Double.isNaN(result.dimension("b").get().score()));
		assertNull(result.stage());
		assertTrue(result.notes().contains("no stage: dimension(s) without any answer: b"), result.notes().toString());
	}

	@Test
	void unknownQuestionsAndOutOfRangeLevelsInAStoredAssessmentAreLeftOutAndSaid() {
		MaturityModel model = Models.small();
		AssessmentResult result = AssessmentScorer.score(model,
				Models.assessment(model, DAY, Map.of("a1", 4, "a2", 9, "b1", 2, "b2", 2, "gone", 3)));
		assertEquals(100, result.dimension("a").get().score(), EPS);
		assertEquals(List.of("a2"), result.unanswered());
		assertTrue(result.notes().contains("answer to 'a2' left out: level 9 is outside 0..4"), result.notes().toString());
		assertTrue(result.notes().contains("answer to 'gone' left out: model small 1.0 has no such question"),
				result.notes().toString());
	}

	@Test
	void builtInStagesAndTheirThresholds() {
		MaturityModel model = StandardMaturityModel.load();
		assertEquals(List.of("Planning", "Presence", "Engagement", "Formalized", "Strategic", "Converged"),
				model.getStages().stream().map(s -> s.getName()).toList());
		assertEquals("planning", builtIn(model, Map.of(), 0));
		assertEquals("converged", builtIn(model, Map.of(), 4));
		// every dimension at 1 of 4 = 25: exactly the Engagement threshold
		assertEquals("engagement", builtIn(model, Map.of(), 1));
		// every dimension at 2 = 50: Formalized (45), not Strategic (65)
		assertEquals("formalized", builtIn(model, Map.of(), 2));
		// every dimension at 3 = 75: Strategic
		assertEquals("strategic", builtIn(model, Map.of(), 3));
		// seven dimensions at 4, paid media at 0: overall 87.5, but a dimension below 10 keeps it at Engagement
		assertEquals("engagement", builtIn(model, Map.of("paid", 0), 4));
		// seven at 4, paid media at 1 (25): Strategic (floor 25) but not Converged (floor 45)
		assertEquals("strategic", builtIn(model, Map.of("paid", 1), 4));
	}

	private static String stage(MaturityModel model, Map<String, Integer> levels) {
		return AssessmentScorer.score(model, Models.assessment(model, DAY, levels)).stage().getId();
	}

	private static String builtIn(MaturityModel model, Map<String, Integer> byDimension, int otherwise) {
		return AssessmentScorer.score(model, Models.uniform(model, DAY, byDimension, otherwise)).stage().getId();
	}
}
