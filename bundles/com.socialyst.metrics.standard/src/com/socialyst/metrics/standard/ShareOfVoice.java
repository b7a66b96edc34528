package com.socialyst.metrics.standard;

import com.socialyst.metrics.MentionCounts;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/** The client's mentions over all mentions of the client and its competitors in the period. */
public class ShareOfVoice implements Metric {

	@Override
	public MetricValue compute(MetricInput input) {
		MentionCounts mentions = input.mentions();
		return MetricValue.ratio(mentions.own(), mentions.total(), "mentions of the client or its competitors");
	}
}
