package com.socialyst.metrics.standard;

import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/**
 * (followers at the end of the period − followers before it) / followers before it. When the data start inside
 * the period there is no "before": the first count in the period is the starting point instead, so a new account
 * still shows its growth (the description says so).
 */
public class FollowerGrowthRate implements Metric {

	@Override
	public MetricValue compute(MetricInput input) {
		double end = input.last("followers");
		if (Double.isNaN(end)) {
			return MetricValue.noData("no follower count in the period");
		}
		double start = input.before("followers");
		if (Double.isNaN(start)) {
			start = input.first("followers");
		}
		return MetricValue.ratio(end - start, start, "followers at the start");
	}
}
