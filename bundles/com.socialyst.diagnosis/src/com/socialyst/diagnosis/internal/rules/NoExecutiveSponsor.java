package com.socialyst.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.List;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.Messages;

/** Culture: nobody in the leadership owns social media. */
public class NoExecutiveSponsor implements DiagnosisRule {

	@Override
	public List<Finding> check(DiagnosisContext context) {
		if (context.strategy() == null || context.strategy().getExecutiveSponsor() != null) {
			return List.of();
		}
		Messages text = Messages.of(Messages.RULES, context.locale());
		List<String> evidence = new ArrayList<>();
		evidence.add(text.format("noExecutiveSponsor.evidence.noSponsor", context.strategy().getPeriodStart(),
				context.strategy().getPeriodEnd()));
		if (context.strategy().getGovernance() == null || !context.strategy().getGovernance().isSteeringCommittee()) {
			evidence.add(text.format("noExecutiveSponsor.evidence.noSteeringCommittee"));
		}
		return List.of(new Finding("no-executive-sponsor", Category.CULTURE, Severity.HIGH,
				text.format("noExecutiveSponsor.title"), evidence, text.format("noExecutiveSponsor.recommendation"),
				List.of(Sources.ALTIMETER_2013)));
	}
}
