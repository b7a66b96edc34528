package com.socialyst.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.MetricValue;
import com.socialyst.metrics.testkit.MetricTester;
import com.socialyst.model.Platform;

/** The two aggregation rules, channels added up, gaps, and the period boundaries. */
class AggregationTest {

	private static final Metric ENGAGEMENT_RATE = input -> MetricValue.ratio(input.sum("engagements"),
			input.sum("impressions"), "impressions");

	@Test
	void ratioOfSumsDiffersFromMeanOfDailyRatios() {
		// day 0: 10 / 100 = 0.1, day 1: 90 / 300 = 0.3
		MetricTester tester = MetricTester.of(ENGAGEMENT_RATE).field("engagements", 10, 90).field("impressions", 100, 300);
		// aggregate then compute: (10 + 90) / (100 + 300) = 0.25
		assertEquals(0.25, tester.compute().value(), 1e-12);
		// compute per day then average: (0.1 + 0.3) / 2 = 0.2
		tester.aggregation(Aggregation.COMPUTE_PER_DAY_THEN_AVERAGE);
		assertEquals(0.2, tester.compute().value(), 1e-12);
	}

	@Test
	void daysWithoutDataAreLeftOutOfTheDailyMean() {
		// day 1 has no values at all: mean of day 0 (0.1) and day 2 (0.5) = 0.3
		MetricResult result = MetricTester.of(ENGAGEMENT_RATE).aggregation(Aggregation.COMPUTE_PER_DAY_THEN_AVERAGE)
				.field("engagements", 10, Double.NaN, 50).field("impressions", 100, Double.NaN, 100).compute();
		assertEquals(0.3, result.value(), 1e-12);
	}

	@Test
	void channelsAreAddedUpAndGapsAreNotZeros() {
		// linkedin: 10 + 20 engagements over 100 + 100 impressions; x: 30 over 100, and a gap on day 1
		MetricResult result = MetricTester.of(ENGAGEMENT_RATE).field("engagements", 10, 20).field("impressions", 100, 100)
				.channel(Platform.X, "acme").field("engagements", 30, Double.NaN).field("impressions", 100, Double.NaN)
				.compute();
		// (10 + 20 + 30) / (100 + 100 + 100) = 0.2
		assertEquals(0.2, result.value(), 1e-12);
	}

	@Test
	void periodBoundsAreInclusive() {
		MetricTester tester = MetricTester.of(input -> MetricValue.of(input.sum("likes"))).field("likes", 1, 2, 4, 8);
		assertEquals(2 + 4, tester.compute(1, 2).value()); // days 1..2
		assertEquals(15, tester.compute().value());
	}

	@Test
	void noDataIsNeverZero() {
		MetricResult result = MetricTester.of(ENGAGEMENT_RATE).field("engagements", 5, 5).field("impressions", 0, 0)
				.compute();
		assertEquals(MetricResult.Status.NO_DATA, result.status());
		assertTrue(result.reason().contains("division by zero"), result.reason());
		MetricResult missing = MetricTester.of(ENGAGEMENT_RATE).field("engagements", 5).compute();
		assertEquals(MetricResult.Status.NO_DATA, missing.status());
		assertTrue(Double.isNaN(missing.value()));
	}

	@Test
	void lastAndBeforeReadStocks() {
		// followers 100, 110, 125, 130: period = days 2..3, before = day 1
		Metric growth = input -> MetricValue.ratio(input.last("followers") - input.before("followers"),
				input.before("followers"), "followers before the period");
		MetricResult result = MetricTester.of(growth).field("followers", 100, 110, 125, 130).compute(2, 3);
		assertEquals((130 - 110) / 110.0, result.value(), 1e-12);
	}
}
