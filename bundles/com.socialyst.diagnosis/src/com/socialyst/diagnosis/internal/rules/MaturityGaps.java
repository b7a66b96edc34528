package com.socialyst.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.DimensionScore;
import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.Messages;

/**
 * The weak areas of the client's latest maturity assessment: every dimension scoring below {@value #WEAK} of 100,
 * one finding per cause category (a low measurement score means ROI is not measured, a low leadership score is a
 * matter of culture, and so on). High severity when a dimension is below {@value #VERY_WEAK}.
 */
public class MaturityGaps implements DiagnosisRule {

	/** Below this a dimension is barely practised: on average under level 1 of 4. */
	static final double WEAK = 25;
	static final double VERY_WEAK = 12.5;

	/** The cause category of the built-in model's dimensions; dimensions of other models count as strategy. */
	private static final Map<String, Category> CATEGORIES = Map.of("reach", Category.CULTURE, "leadership",
			Category.CULTURE, "relationships", Category.STRATEGY, "audiences", Category.STRATEGY, "measurement",
			Category.ROI_NOT_MEASURED, "people", Category.RESOURCES, "paid", Category.RESOURCES, "technology",
			Category.TECHNOLOGY);

	@Override
	public List<Finding> check(DiagnosisContext context) {
		AssessmentResult assessment = context.assessment();
		if (assessment == null) {
			return List.of();
		}
		Messages text = Messages.of(Messages.RULES, context.locale());
		Map<Category, List<DimensionScore>> weak = new LinkedHashMap<>();
		for (DimensionScore dimension : assessment.dimensions()) {
			if (dimension.scored() && dimension.score() < WEAK) {
				weak.computeIfAbsent(CATEGORIES.getOrDefault(dimension.id(), Category.STRATEGY), c -> new ArrayList<>())
						.add(dimension);
			}
		}
		List<Finding> findings = new ArrayList<>();
		weak.forEach((category, dimensions) -> {
			List<String> evidence = dimensions.stream()
					.map(d -> text.format("maturityGaps.evidence.dimension",
							context.maturityTexts().name(d.dimension(), context.locale()), d.score(), assessment.date()))
					.toList();
			boolean veryWeak = dimensions.stream().anyMatch(d -> d.score() < VERY_WEAK);
			findings.add(new Finding("maturity-gaps", category, veryWeak ? Severity.HIGH : Severity.MEDIUM,
					text.format("maturityGaps.title"), evidence, text.format("maturityGaps.recommendation"), List.of()));
		});
		return findings;
	}
}
