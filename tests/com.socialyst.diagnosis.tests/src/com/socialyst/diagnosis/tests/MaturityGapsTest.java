package com.socialyst.diagnosis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.AssessmentScorer;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.internal.ExtensionMaturityModels;
import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.rules.MaturityGaps;
import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.model.Answer;
import com.socialyst.model.Assessment;
import com.socialyst.model.SocialystFactory;

/** The rule that reads the maturity assessment. */
class MaturityGapsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
	private final MaturityModels models = new ExtensionMaturityModels(RegistryFactory.getRegistry());
	private final MaturityModel model = models.latest(MaturityModels.STANDARD_ID).orElseThrow();

	@Test
	void dimensionsBelow25AreFoundGroupedByCause() {
		// measurement all 0 (0 of 100), people at 1 except one 0 (18.75), leadership all 1 (25: not weak), rest 3
		List<Finding> findings = check(levels(d -> switch (d.getId()) {
		case "measurement" -> new int[] { 0 };
		case "people" -> new int[] { 0, 1 };
		case "leadership" -> new int[] { 1 };
		default -> new int[] { 3 };
		}), Locale.ENGLISH);
		assertEquals(2, findings.size(), findings.toString());
		Finding roi = findings.get(0);
		assertEquals(Category.ROI_NOT_MEASURED, roi.category());
		assertEquals(Severity.HIGH, roi.severity());
		assertEquals(List.of("Measurement and attribution: 0 of 100 in the assessment of 2026-09-01"), roi.evidence());
		Finding people = findings.get(1);
		assertEquals(Category.RESOURCES, people.category());
		assertEquals(Severity.MEDIUM, people.severity());
		assertEquals(List.of("People and education: 19 of 100 in the assessment of 2026-09-01"), people.evidence());
	}

	@Test
	void noFindingWithoutWeakDimensionsOrWithoutAnAssessment() {
		assertEquals(List.of(), check(levels(d -> new int[] { 1 }), Locale.ENGLISH), "25 everywhere is not weak");
		DiagnosisContext none = new DiagnosisContext(SocialystFactory.eINSTANCE.createClient(), null, DAY, null,
				Locale.ENGLISH, null, null);
		assertEquals(List.of(), new MaturityGaps().check(none));
	}

	@Test
	void dimensionNamesAndTextsAreInTheFindingsLanguage() {
		List<Finding> findings = check(levels(d -> d.getId().equals("measurement") ? new int[] { 0 } : new int[] { 3 }),
				Locale.forLanguageTag("sr-Cyrl"));
		String evidence = findings.get(0).evidence().get(0);
		assertEquals(models.texts(model).name(model.getDimensions().get(3), Locale.forLanguageTag("sr-Cyrl"))
				+ ": 0 од 100 у процени од 2026-09-01", evidence);
	}

	private List<Finding> check(Assessment assessment, Locale locale) {
		AssessmentResult result = AssessmentScorer.score(model, assessment);
		DiagnosisContext context = new DiagnosisContext(SocialystFactory.eINSTANCE.createClient(), null, DAY, null, locale,
				result, models.texts(model));
		return new MaturityGaps().check(context);
	}

	/** An assessment answering each dimension's questions with the given levels in turn (the last one repeated). */
	private Assessment levels(java.util.function.Function<Dimension, int[]> byDimension) {
		Assessment assessment = SocialystFactory.eINSTANCE.createAssessment();
		assessment.setDate(LocalDate.of(2026, 9, 1));
		assessment.setModelId(model.getId());
		assessment.setModelVersion(model.getVersion());
		for (Dimension dimension : model.getDimensions()) {
			int[] levels = byDimension.apply(dimension);
			for (int i = 0; i < dimension.getQuestions().size(); i++) {
				Answer answer = SocialystFactory.eINSTANCE.createAnswer();
				answer.setQuestionId(dimension.getQuestions().get(i).getId());
				answer.setLevel(levels[Math.min(i, levels.length - 1)]);
				assessment.getAnswers().add(answer);
			}
		}
		return assessment;
	}
}
