package com.socialyst.diagnosis.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
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
		return List.of(new Finding("confined-to-marketing", Category.CULTURE,
				customersOnly ? Severity.HIGH : Severity.MEDIUM, "Social media is confined to marketing",
				List.of("all " + strategy.getInitiatives().size() + " initiatives are run by marketing",
						"audiences: " + audiences.stream().map(AudienceKind::getLiteral).sorted().collect(Collectors.joining(", "))),
				"Bring customer care, HR and recruiting, sales and product into the strategy with an initiative each, "
						+ "and address employees, partners and investors, not only customers.",
				List.of(Sources.ALTIMETER_2013)));
	}
}
