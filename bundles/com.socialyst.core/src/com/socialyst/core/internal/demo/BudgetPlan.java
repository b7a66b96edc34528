package com.socialyst.core.internal.demo;

import java.util.EnumMap;
import java.util.Map;

import com.socialyst.model.BudgetCategory;

/**
 * The planned yearly social-media budget of a demo client by category, in local currency. It is planned before the
 * data because paid spend follows it; the actual amounts are settled afterwards (paid media from the spend series).
 * A client with a {@link ClientProfile.Cause#TINY_BUDGET tiny budget} gets a few hundred euros' worth for tools and
 * content, and no staff, training or paid media.
 */
final class BudgetPlan {

	/** Yearly budget in euros by {@code ClientSize} value: low and high end. */
	private static final double[][] EUROS_PER_YEAR = { { 30_000, 60_000 }, { 120_000, 300_000 }, { 500_000, 1_200_000 } };

	/** How a normal budget splits, in {@link BudgetCategory} order: staff, tools, paid media, content, agency fees, training. */
	private static final double[] SHARES = { 0.38, 0.06, 0.30, 0.14, 0.08, 0.04 };

	/** Planned amounts are round: multiples of 100 money steps (10 for a tiny budget). */
	private static final int ROUND = 100, ROUND_TINY = 10;

	private final Map<BudgetCategory, Double> planned = new EnumMap<>(BudgetCategory.class);

	private final int rounding;

	private BudgetPlan(int rounding) {
		this.rounding = rounding;
	}

	/** The budget of a client of {@code slot} at {@code scale} (0 = smallest, 1 = largest of its size class). */
	static BudgetPlan plan(ClientSlot slot, double scale, Draw draw) {
		Market market = slot.market();
		if (slot.profile().has(ClientProfile.Cause.TINY_BUDGET)) {
			BudgetPlan plan = new BudgetPlan(ROUND_TINY);
			double euros = draw.uniform(250, 700);
			plan.planned.put(BudgetCategory.TOOLS, market.local(euros * 0.45, ROUND_TINY));
			plan.planned.put(BudgetCategory.CONTENT, market.local(euros * 0.55, ROUND_TINY));
			return plan;
		}
		BudgetPlan plan = new BudgetPlan(ROUND);
		double[] range = EUROS_PER_YEAR[slot.size().getValue()];
		double euros = (range[0] + scale * (range[1] - range[0])) * draw.noise(0.1);
		for (BudgetCategory category : BudgetCategory.VALUES) {
			plan.planned.put(category, market.local(euros * SHARES[category.getValue()] * draw.noise(0.1), ROUND));
		}
		return plan;
	}

	/** The categories with a line, in enum order, and their planned amounts. */
	Map<BudgetCategory, Double> planned() {
		return planned;
	}

	/** Planned paid media (0 when there is none). */
	double paid() {
		return planned.getOrDefault(BudgetCategory.PAID_MEDIA, 0.0);
	}

	double total() {
		return planned.values().stream().mapToDouble(Double::doubleValue).sum();
	}

	/** The rounding of planned amounts, in money steps; initiative budgets use it too. */
	int rounding() {
		return rounding;
	}
}
