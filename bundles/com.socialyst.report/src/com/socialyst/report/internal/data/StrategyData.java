package com.socialyst.report.internal.data;

import static com.socialyst.report.internal.Rows.row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.socialyst.kpi.Scorecards;
import com.socialyst.model.Audience;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.BusinessGoal;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Governance;
import com.socialyst.model.Initiative;
import com.socialyst.model.Kpi;
import com.socialyst.model.Strategy;
import com.socialyst.report.internal.ReportLabels;

/**
 * The data of the strategy brief, from the strategy the scorecard of the report period uses (of those overlapping
 * it, the latest starting one):
 * {@code strategy} (one row), {@code goals}, {@code audiences}, {@code strategyChannels}, {@code initiatives},
 * {@code budget}, {@code strategyKpis} and {@code governance}. Empty lists (and no {@code strategy} row) when no
 * strategy overlaps the period.
 */
public final class StrategyData {

	private StrategyData() {
	}

	public static ReportData build(ReportContext context) {
		ReportData data = new ReportData();
		CommonData.add(context, data, false);
		ReportLabels labels = context.labels();
		Strategy strategy = Scorecards.strategyFor(context.client(), context.request().period());
		if (strategy == null) {
			context.warn("no strategy overlaps the period");
			for (String name : List.of("strategy", "goals", "audiences", "strategyChannels", "initiatives", "budget",
					"strategyKpis", "governance")) {
				data.put(name, List.of());
			}
			return data;
		}
		double planned = strategy.getBudgetLines().stream().mapToDouble(BudgetLine::getPlanned).sum();
		double spent = strategy.getBudgetLines().stream().mapToDouble(BudgetLine::getActual).sum();
		String currency = strategy.getBudgetLines().stream().map(BudgetLine::getCurrency).filter(c -> c != null)
				.findFirst().orElse(null);
		data.put("strategy", List.of(row("periodStart", strategy.getPeriodStart(),
				"periodEnd", strategy.getPeriodEnd(),
				"sponsor", strategy.getExecutiveSponsor() == null ? null : strategy.getExecutiveSponsor().getName(),
				"sponsorTitle", strategy.getExecutiveSponsor() == null ? null : strategy.getExecutiveSponsor().getTitle(),
				"planned", planned, "spent", spent, "currency", currency)));
		List<Map<String, Object>> goals = new ArrayList<>();
		strategy.getGoals().stream().sorted(Comparator.comparingInt(BusinessGoal::getPriority))
				.forEach(goal -> goals.add(row("goal", labels.value(goal.getKind()), "description", goal.getDescription(),
						"priority", goal.getPriority())));
		data.put("goals", goals);
		List<Map<String, Object>> audiences = new ArrayList<>();
		for (Audience audience : strategy.getAudiences()) {
			audiences.add(row("audience", labels.value(audience.getKind()), "description", audience.getDescription()));
		}
		data.put("audiences", audiences);
		List<Map<String, Object>> channels = new ArrayList<>();
		for (ChannelAccount channel : strategy.getChannels()) {
			channels.add(row("platform", labels.value(channel.getPlatform()), "handle", channel.getHandle()));
		}
		data.put("strategyChannels", channels);
		List<Map<String, Object>> initiatives = new ArrayList<>();
		for (Initiative initiative : strategy.getInitiatives()) {
			initiatives.add(row("initiative", initiative.getName(), "department", labels.value(initiative.getDepartment()),
					"owner", initiative.getOwner(), "start", initiative.getStart(), "end", initiative.getEnd(),
					"status", labels.value(initiative.getStatus()), "budget", initiative.getBudget()));
		}
		data.put("initiatives", initiatives);
		List<Map<String, Object>> budget = new ArrayList<>();
		for (BudgetLine line : strategy.getBudgetLines()) {
			budget.add(row("category", labels.value(line.getCategory()), "planned", line.getPlanned(),
					"spent", line.getActual(), "currency", line.getCurrency()));
		}
		data.put("budget", budget);
		List<Map<String, Object>> kpis = new ArrayList<>();
		for (Kpi kpi : strategy.getKpis()) {
			kpis.add(row("name", kpi.getName(), "kindLabel", kpi.getKind() == null ? null
					: labels.text("kind." + kpi.getKind().getLiteral()), "metric", kpi.getMetricId(),
					"weight", kpi.getWeight(), "target", kpi.isSetTarget() ? kpi.getTarget() : Double.NaN,
					"goal", kpi.getGoal() == null ? null : labels.value(kpi.getGoal().getKind())));
		}
		data.put("strategyKpis", kpis);
		data.put("governance", governance(strategy.getGovernance(), labels));
		return data;
	}

	private static List<Map<String, Object>> governance(Governance governance, ReportLabels labels) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (governance == null) {
			return rows;
		}
		rows.add(row("item", labels.text("governance.steeringCommittee"), "value", yes(governance.isSteeringCommittee(), labels)));
		rows.add(row("item", labels.text("governance.workingGroup"), "value", yes(governance.isWorkingGroup(), labels)));
		rows.add(row("item", labels.text("governance.socialMediaPolicy"), "value", yes(governance.isSocialMediaPolicy(), labels)));
		rows.add(row("item", labels.text("governance.trainingProgramme"), "value", yes(governance.isTrainingProgramme(), labels)));
		rows.add(row("item", labels.text("governance.lastToolReview"), "value",
				governance.getLastToolReview() == null ? labels.text("no") : governance.getLastToolReview().toString()));
		return rows;
	}

	private static String yes(boolean value, ReportLabels labels) {
		return labels.text(value ? "yes" : "no");
	}
}
