package com.socialyst.metrics.standard;

import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/** Engagements in the period over the latest follower count in the period. */
public class EngagementRateByFollowers implements Metric {

	@Override
	public MetricValue compute(MetricInput input) {
		double engagements = input.sum("engagements");
		if (Double.isNaN(engagements)) {
			return MetricValue.noData("no engagements data in the period");
		}
		return MetricValue.ratio(engagements, input.last("followers"), "followers");
	}
}
