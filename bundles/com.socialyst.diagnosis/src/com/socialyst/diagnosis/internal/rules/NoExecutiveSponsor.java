package com.socialyst.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.List;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;

/** Culture: nobody in the leadership owns social media. */
public class NoExecutiveSponsor implements DiagnosisRule {

	@Override
	public List<Finding> check(DiagnosisContext context) {
		if (context.strategy() == null || context.strategy().getExecutiveSponsor() != null) {
			return List.of();
		}
		List<String> evidence = new ArrayList<>();
		evidence.add("the strategy " + context.strategy().getPeriodStart() + ".." + context.strategy().getPeriodEnd()
				+ " names no executive sponsor");
		if (context.strategy().getGovernance() == null || !context.strategy().getGovernance().isSteeringCommittee()) {
			evidence.add("there is no steering committee either");
		}
		return List.of(new Finding("no-executive-sponsor", Category.CULTURE, Severity.HIGH,
				"No executive sponsor for social media", evidence,
				"Win a member of the leadership team as sponsor: someone who sets the goals with you, unlocks budget "
						+ "and people outside marketing, and reviews results each quarter.",
				List.of(Sources.ALTIMETER_2013)));
	}
}
