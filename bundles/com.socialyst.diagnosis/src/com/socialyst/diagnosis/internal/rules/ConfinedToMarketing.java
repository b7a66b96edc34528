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
import com.socialyst.model.Audience;
import com.socialyst.model.AudienceKind;
import com.socialyst.model.Department;
import com.socialyst.model.Initiative;
import com.socialyst.model.Strategy;

/** Culture: social media is a marketing channel only, not used by care, HR, sales or product. */
public class ConfinedToMarketing implements DiagnosisRule {

	@Override
	public List<Finding> check(DiagnosisContext context) {
		Strategy strategy = context.strategy();
		if (strategy == null || strategy.getInitiatives().isEmpty()) {
			return List.of();
		}
		Set<Department> departments = strategy.getInitiatives().stream().map(Initiative::getDepartment)
				.collect(Collectors.toSet());
		Set<AudienceKind> audiences = strategy.getAudiences().stream().map(Audience::getKind).collect(Collectors.toSet());
		boolean marketingOnly = departments.equals(Set.of(Department.MARKETING));
		boolean customersOnly = !audiences.isEmpty()
				&& Set.of(AudienceKind.CUSTOMERS, AudienceKind.PROSPECTS).containsAll(audiences);
		if (!marketingOnly) {
			return List.of();
		}
		Messages text = Messages.of(Messages.RULES, context.locale());
		// sorted by the model's literal, so the order is the same in every language
		String audienceNames = audiences.stream().map(AudienceKind::getLiteral).sorted()
				.map(literal -> text.format("audience." + literal)).collect(Collectors.joining(", "));
		return List.of(new Finding("confined-to-marketing", Category.CULTURE,
				customersOnly ? Severity.HIGH : Severity.MEDIUM, text.format("confinedToMarketing.title"),
				List.of(text.format("confinedToMarketing.evidence.initiatives", strategy.getInitiatives().size()),
						text.format("confinedToMarketing.evidence.audiences", audienceNames)),
				text.format("confinedToMarketing.recommendation"), List.of(Sources.ALTIMETER_2013)));
	}
}
