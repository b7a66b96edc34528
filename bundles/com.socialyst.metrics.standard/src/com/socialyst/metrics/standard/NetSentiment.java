package com.socialyst.metrics.standard;

import com.socialyst.metrics.MentionCounts;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/**
 * Net sentiment of the client's own mentions, from −1 to 1. Variant {@code polar} (default):
 * (positive − negative) / (positive + negative), ignoring neutral mentions. Variant {@code all}:
 * (positive − negative) / all own mentions, which a mostly neutral conversation pulls towards 0.
 */
public class NetSentiment implements Metric {

	@Override
	public MetricValue compute(MetricInput input) {
		MentionCounts mentions = input.mentions();
		double net = mentions.positive() - mentions.negative();
		String variant = input.parameter("variant");
		if (variant == null || variant.equals("polar")) {
			return MetricValue.ratio(net, mentions.positive() + mentions.negative(), "positive or negative mentions");
		}
		if (variant.equals("all")) {
			return MetricValue.ratio(net, mentions.own(), "mentions of the client");
		}
		throw new IllegalArgumentException("parameter variant must be 'polar' or 'all', is '" + variant + "'");
	}
}
