package com.socialyst.metrics.standard;

import com.socialyst.metrics.MentionCounts;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/**
 * Mentions of the client in the period, from listening. No mention of anyone (client or competitor) is "no data":
 * listening is then most likely not set up, and a zero would read as "nobody talks about us".
 */
public class MentionVolume implements Metric {

	@Override
	public MetricValue compute(MetricInput input) {
		MentionCounts mentions = input.mentions();
		if (mentions.total() == 0) {
			return MetricValue.noData("no mentions of the client or its competitors in the period (is listening set up?)");
		}
		return MetricValue.of(mentions.own());
	}
}
