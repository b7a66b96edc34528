package com.socialyst.diagnosis.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.Messages;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.MeasurementSeries;

/**
 * Technology: the tool and platform mix has not been reviewed for two years, or channels lose most of their
 * audience (impressions in the last 90 days below 70 % of the same 90 days a year earlier).
 */
public class ToolsAndChannels implements DiagnosisRule {

	static final double DECLINE = 0.7;

	/** Impressions of {@code channel} from {@code from} to {@code to}; 0 without data (then no comparison is made). */
	static double impressions(ChannelAccount channel, LocalDate from, LocalDate to) {
		double sum = 0;
		for (MeasurementSeries series : channel.getSeries()) {
			if ("impressions".equals(series.getField())) {
				for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
					double value = series.valueAt(day);
					sum += Double.isNaN(value) ? 0 : value;
				}
			}
		}
		return sum;
	}

	@Override
	public List<Finding> check(DiagnosisContext context) {
		Messages text = Messages.of(Messages.RULES, context.locale());
		List<String> evidence = new ArrayList<>();
		if (context.strategy() != null) {
			LocalDate reviewed = context.strategy().getGovernance() == null ? null
					: context.strategy().getGovernance().getLastToolReview();
			if (reviewed == null) {
				evidence.add(text.format("toolsAndChannels.evidence.neverReviewed"));
			} else if (reviewed.isBefore(context.asOf().minusYears(2))) {
				evidence.add(text.format("toolsAndChannels.evidence.lastReviewed", reviewed));
			}
		}
		LocalDate to = context.asOf();
		LocalDate from = to.minusDays(89);
		for (ChannelAccount channel : context.client().getChannels()) {
			double now = impressions(channel, from, to);
			double before = impressions(channel, from.minusYears(1), to.minusYears(1));
			if (before > 0 && now < DECLINE * before) {
				evidence.add(text.format("toolsAndChannels.evidence.decline", channel.getId(), 100 * (1 - now / before), now,
						before));
			}
		}
		if (evidence.isEmpty()) {
			return List.of();
		}
		return List.of(new Finding("tools-and-channels", Category.TECHNOLOGY, Severity.LOW,
				text.format("toolsAndChannels.title"), evidence, text.format("toolsAndChannels.recommendation"),
				List.of()));
	}
}
