package com.socialyst.metrics.standard;

import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/**
 * (revenue − spend) / spend over the period, from the platforms' own numbers: the metric-level ROI of paid social.
 * The scorecard's ROI is broader (all budget categories as investment, declared soft value on top) and lists its
 * assumptions; this one needs no assumptions and so suits a KPI.
 */
public class SocialRoi implements Metric {

	@Override
	public MetricValue compute(MetricInput input) {
		double revenue = input.sum("revenue");
		if (Double.isNaN(revenue)) {
			return MetricValue.noData("no revenue data in the period (is conversion value tracked?)");
		}
		double spend = input.sum("spend");
		return MetricValue.ratio(revenue - (Double.isNaN(spend) ? 0 : spend), spend, "spend");
	}
}
