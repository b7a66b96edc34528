package com.socialyst.metrics.tests;

import java.util.List;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.Unit;
import com.socialyst.model.Direction;

/** Descriptors for metrics defined in tests. */
final class TestMetrics {

	private TestMetrics() {
	}

	static MetricDescriptor descriptor(String id, Aggregation aggregation, String... fields) {
		return new MetricDescriptor(id, id, "", Unit.RATIO, List.of(fields), List.of(), Direction.HIGHER_IS_BETTER,
				aggregation, null, null, "test");
	}
}
