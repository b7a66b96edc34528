package com.socialyst.diagnosis.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Initiative;
import com.socialyst.model.Kpi;
import com.socialyst.model.Strategy;

/** Strategy: no strategy at all, or channels the strategy, its KPIs and initiatives never mention. */
public class ChannelsWithoutStrategy implements DiagnosisRule {

	@Override
	public List<Finding> check(DiagnosisContext context) {
		Strategy strategy = context.strategy();
		if (strategy == null) {
			return List.of(new Finding("no-strategy", Category.STRATEGY, Severity.HIGH, "No strategy for the period",
					List.of("no strategy of " + context.client().getName() + " covers " + context.asOf()),
					"Agree a strategy for the coming year: goals, audiences, channels, KPIs with targets, budget.",
					List.of()));
		}
		Set<ChannelAccount> planned = new HashSet<>(strategy.getChannels());
		strategy.getKpis().stream().map(Kpi::getChannels).forEach(planned::addAll);
		strategy.getInitiatives().stream().map(Initiative::getChannels).forEach(planned::addAll);
		List<String> unplanned = context.client().getChannels().stream().filter(c -> !planned.contains(c))
				.map(ChannelAccount::getId).toList();
		if (unplanned.isEmpty()) {
			return List.of();
		}
		return List.of(new Finding("channels-without-strategy", Category.STRATEGY, Severity.MEDIUM,
				"Channels without a strategy",
				List.of(unplanned.size() + " of " + context.client().getChannels().size()
						+ " channel accounts are in no strategy, KPI or initiative: " + String.join(", ", unplanned)),
				"Give each channel a role in the strategy with a KPI, or close it: an account nobody plans for costs "
						+ "attention and shows an abandoned face to customers.",
				List.of()));
	}
}
