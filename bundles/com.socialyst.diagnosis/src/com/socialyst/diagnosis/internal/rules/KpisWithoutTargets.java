package com.socialyst.diagnosis.internal.rules;

import java.util.List;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.Messages;
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
		Messages text = Messages.of(Messages.RULES, context.locale());
		return List.of(new Finding("kpis-without-targets", Category.EVALUATION, Severity.MEDIUM,
				text.format("kpisWithoutTargets.title"),
				List.of(text.format("kpisWithoutTargets.evidence", weak.size(), context.strategy().getKpis().size(),
						String.join(", ", weak))),
				text.format("kpisWithoutTargets.recommendation"), List.of()));
	}

	private static String name(Kpi kpi) {
		return kpi.getName() != null ? kpi.getName() : kpi.getId();
	}
}
