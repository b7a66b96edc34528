package com.socialyst.diagnosis.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.Messages;
import com.socialyst.model.Kpi;
import com.socialyst.model.KpiKind;
import com.socialyst.model.Strategy;

/** ROI not measured: no KPI ties social media to a business outcome; only likes, follows and reach. */
public class OutcomeKpis implements DiagnosisRule {

	/** Metrics that measure a business outcome, not attention. */
	static final Set<String> OUTCOME_METRICS = Set.of("conversion_rate", "cost_per_acquisition",
			"customer_acquisition_cost", "social_roi", "ctr", "response_rate");

	@Override
	public List<Finding> check(DiagnosisContext context) {
		Strategy strategy = context.strategy();
		if (strategy == null || strategy.getKpis().isEmpty()) {
			return List.of();
		}
		boolean outcome = strategy.getKpis().stream().anyMatch(k -> OUTCOME_METRICS.contains(k.getMetricId()));
		boolean hard = strategy.getKpis().stream().anyMatch(k -> k.getKind() == KpiKind.HARD);
		if (outcome && hard) {
			return List.of();
		}
		String metrics = strategy.getKpis().stream().map(Kpi::getMetricId).distinct().sorted()
				.collect(Collectors.joining(", "));
		Messages text = Messages.of(Messages.RULES, context.locale());
		return List.of(new Finding("no-outcome-kpis", Category.ROI_NOT_MEASURED, Severity.HIGH,
				text.format("noOutcomeKpis.title"),
				List.of(text.format(hard ? "noOutcomeKpis.evidence.kpis" : "noOutcomeKpis.evidence.kpisNoneHard",
						strategy.getKpis().size(), metrics), text.format("noOutcomeKpis.evidence.noOutcome")),
				text.format("noOutcomeKpis.recommendation"), List.of(Sources.KAUSHIK_2011, Sources.BLANCHARD_2011)));
	}
}
