package com.socialyst.diagnosis.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.Messages;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Initiative;
import com.socialyst.model.Kpi;
import com.socialyst.model.Strategy;

/** Strategy: no strategy at all, or channels the strategy, its KPIs and initiatives never mention. */
public class ChannelsWithoutStrategy implements DiagnosisRule {

	@Override
	public List<Finding> check(DiagnosisContext context) {
		Strategy strategy = context.strategy();
		Messages text = Messages.of(Messages.RULES, context.locale());
		if (strategy == null) {
			return List.of(new Finding("no-strategy", Category.STRATEGY, Severity.HIGH, text.format("noStrategy.title"),
					List.of(text.format("noStrategy.evidence", context.client().getName(), context.asOf())),
					text.format("noStrategy.recommendation"), List.of()));
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
				text.format("channelsWithoutStrategy.title"),
				List.of(text.format("channelsWithoutStrategy.evidence", unplanned.size(),
						context.client().getChannels().size(), String.join(", ", unplanned))),
				text.format("channelsWithoutStrategy.recommendation"), List.of()));
	}
}
