package com.socialyst.core.internal.demo;

import java.util.List;

import com.socialyst.model.Brand;
import com.socialyst.model.FormulaMetric;
import com.socialyst.model.Portfolio;
import com.socialyst.model.ReportLocale;
import com.socialyst.model.SocialystFactory;

/** The invented consultancy that owns the demo portfolio: its brand and its formula metrics. */
public final class Consultancy {

	/** The consultancy's name, also the start of the portfolio's name. */
	public static final String NAME = "Brightline Social";

	/** The name of a demo portfolio. */
	public static final String PORTFOLIO_NAME = NAME + " (demo)";

	/** The consultant who signs the demo's commentaries. */
	public static final String CONSULTANT = "Maria van Dijk";

	/** A formula metric of the portfolio: id, name, description, expression, unit. */
	record Formula(String id, String name, String description, String expression, String unit) {
	}

	/** The portfolio's formula metrics; {@link KpiPlanner} uses {@code cost_per_click}. */
	static final List<Formula> FORMULA_METRICS = List.of(
			new Formula("reply_share", "Reply share", "Share of audience comments the brand replied to", "replies / comments", "ratio"),
			new Formula("cost_per_click", "Cost per click", "Paid spend per link click", "spend / clicks", "currency"),
			new Formula("revenue_per_post", "Revenue per post", "Revenue attributed to social per post published", "revenue / posts",
					"currency"));

	private Consultancy() {
	}

	/** Gives {@code portfolio} the consultancy's brand and formula metrics. */
	public static void furnish(Portfolio portfolio) {
		SocialystFactory factory = SocialystFactory.eINSTANCE;
		Brand brand = factory.createBrand();
		brand.setName(NAME);
		brand.setLogoPath(DemoLogos.path("consultancy"));
		brand.setPrimaryColor("#1F4E79");
		brand.setSecondaryColor("#F28C28");
		// DejaVu is installed wherever Socialyst renders reports (see the README's prerequisites).
		brand.setFontFamily("DejaVu Sans");
		brand.setFooterText(NAME + " · social media strategy consultants");
		brand.setDisclaimerText("Demo data: every client, person and figure in this report is fictitious.");
		brand.setDefaultLocale(ReportLocale.EN);
		portfolio.setBrand(brand);
		for (Formula formula : FORMULA_METRICS) {
			FormulaMetric metric = factory.createFormulaMetric();
			metric.setId(formula.id());
			metric.setName(formula.name());
			metric.setDescription(formula.description());
			metric.setExpression(formula.expression());
			metric.setUnit(formula.unit());
			portfolio.getFormulaMetrics().add(metric);
		}
	}
}
