package com.socialyst.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.List;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.Messages;
import com.socialyst.model.Initiative;
import com.socialyst.model.InitiativeStatus;

/** Execution: initiatives past their end still open, or without an owner. */
public class InitiativesOverdue implements DiagnosisRule {

	@Override
	public List<Finding> check(DiagnosisContext context) {
		if (context.strategy() == null) {
			return List.of();
		}
		Messages text = Messages.of(Messages.RULES, context.locale());
		List<String> evidence = new ArrayList<>();
		for (Initiative initiative : context.strategy().getInitiatives()) {
			boolean open = initiative.getStatus() == InitiativeStatus.PLANNED || initiative.getStatus() == InitiativeStatus.ACTIVE;
			if (open && initiative.getEnd() != null && initiative.getEnd().isBefore(context.asOf())) {
				evidence.add(text.format("initiativesOverdue.evidence.overdue", initiative.getName(), initiative.getEnd(),
						text.format("status." + initiative.getStatus().getLiteral())));
			}
			if (open && (initiative.getOwner() == null || initiative.getOwner().isBlank())) {
				evidence.add(text.format("initiativesOverdue.evidence.noOwner", initiative.getName()));
			}
		}
		if (evidence.isEmpty()) {
			return List.of();
		}
		return List.of(new Finding("initiatives-overdue", Category.EXECUTION, Severity.MEDIUM,
				text.format("initiativesOverdue.title"), evidence, text.format("initiativesOverdue.recommendation"),
				List.of()));
	}
}
