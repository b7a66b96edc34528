package com.socialyst.diagnosis.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.Messages;
import com.socialyst.model.BudgetCategory;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.Strategy;

/**
 * Resources: nobody is paid to do social media, or the whole budget is too small to reach the goals. Amounts are
 * compared in euros at rough fixed rates (listed in the evidence): the rule needs an order of magnitude, not
 * accounting.
 */
public class TooFewResources implements DiagnosisRule {

	/** Below this yearly budget in euros, no set of goals can be served properly. */
	static final double MINIMUM_EUR_PER_YEAR = 5_000;

	/** Approximate euros per unit, for comparing budgets across the consultancy's currencies. */
	static final Map<String, Double> EUR_PER_UNIT = Map.of("EUR", 1.0, "USD", 0.92, "GBP", 1.17, "PLN", 0.23,
			"IDR", 0.000058, "RSD", 0.0085);

	@Override
	public List<Finding> check(DiagnosisContext context) {
		Strategy strategy = context.strategy();
		if (strategy == null) {
			return List.of();
		}
		double euros = 0;
		String currency = null;
		boolean staff = false;
		for (BudgetLine line : strategy.getBudgetLines()) {
			double amount = Double.isNaN(line.getPlanned()) ? 0 : line.getPlanned();
			currency = line.getCurrency() == null ? "EUR" : line.getCurrency().toUpperCase(Locale.ROOT);
			euros += amount * EUR_PER_UNIT.getOrDefault(currency, 1.0);
			staff |= line.getCategory() == BudgetCategory.STAFF && amount > 0;
		}
		Messages text = Messages.of(Messages.RULES, context.locale());
		List<String> evidence = new ArrayList<>();
		if (!staff) {
			evidence.add(text.format("tooFewResources.evidence.noStaff"));
		}
		if (euros < MINIMUM_EUR_PER_YEAR) {
			boolean converted = currency != null && !currency.equals("EUR");
			evidence.add(text.format(converted ? "tooFewResources.evidence.smallBudgetConverted"
					: "tooFewResources.evidence.smallBudget", euros, strategy.getGoals().size(),
					context.client().getChannels().size(), currency));
		}
		if (evidence.isEmpty()) {
			return List.of();
		}
		return List.of(new Finding("too-few-resources", Category.RESOURCES,
				euros < MINIMUM_EUR_PER_YEAR ? Severity.HIGH : Severity.MEDIUM, text.format("tooFewResources.title"),
				evidence, text.format("tooFewResources.recommendation"), List.of(Sources.ALTIMETER_2013)));
	}
}
