package com.socialyst.diagnosis.internal.rules;

import java.util.List;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.model.Kpi;

/** Evaluation: KPIs without a target (or baseline) or without weight cannot say whether things go well. */
public class KpisWithoutTargets implements DiagnosisRule {

	@Override
	public List<Finding> check(DiagnosisContext context) {
		if (context.strategy() == null) {
			return List.of();
		}
		List<String> weak = context.strategy().getKpis().stream()
				.filter(k -> !k.isSetTarget() || !k.isSetBaseline() || !(k.getWeight() > 0)).map(KpisWithoutTargets::name)
				.toList();
		if (weak.isEmpty()) {
			return List.of();
		}
		return List.of(new Finding("kpis-without-targets", Category.EVALUATION, Severity.MEDIUM,
				"KPIs without targets or weights",
				List.of(weak.size() + " of " + context.strategy().getKpis().size() + " KPIs lack a baseline, a target or "
						+ "a weight: " + String.join(", ", weak)),
				"Set a baseline from the last period, a target the sponsor agrees to, and a weight for each KPI.",
				List.of()));
	}

	private static String name(Kpi kpi) {
		return kpi.getName() != null ? kpi.getName() : kpi.getId();
	}
}
