package com.socialyst.metrics.tests;

import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/** A small metric contributed by this test bundle's plugin.xml. */
public class LikesPerPost implements Metric {

	@Override
	public MetricValue compute(MetricInput input) {
		MetricValue ratio = MetricValue.ratio(input.sum("likes"), input.sum("posts"), "posts");
		return ratio.hasValue() ? MetricValue.of(ratio.value() * input.parameter("scale", 1)) : ratio;
	}
}
