package com.socialyst.metrics.standard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.standard.CustomerAcquisitionCost;
import com.socialyst.metrics.standard.EngagementRateByFollowers;
import com.socialyst.metrics.standard.FieldRatio;
import com.socialyst.metrics.standard.FollowerGrowthRate;
import com.socialyst.metrics.standard.NetSentiment;
import com.socialyst.metrics.standard.PerPostOrFollower;
import com.socialyst.metrics.standard.ShareOfVoice;
import com.socialyst.metrics.standard.SocialRoi;
import com.socialyst.metrics.testkit.MetricTester;
import com.socialyst.model.Sentiment;

/** Known answers for every standard metric and variant, each worked out by hand in the comment beside it. */
class StandardMetricsTest {

	private static final double EPSILON = 1e-12;

	@Test
	void fieldRatios() {
		// engagement rate by impressions: (10 + 90) / (100 + 300) = 0.25
		assertValue(0.25, ratio("engagements", "impressions").field("engagements", 10, 90).field("impressions", 100, 300));
		// by reach: 100 / (80 + 120) = 0.5
		assertValue(0.5, ratio("engagements", "reach").field("engagements", 40, 60).field("reach", 80, 120));
		// virality: 6 shares / 400 impressions = 0.015
		assertValue(0.015, ratio("shares", "impressions").field("shares", 2, 4).field("impressions", 100, 300));
		// ctr: 12 / 400 = 0.03
		assertValue(0.03, ratio("clicks", "impressions").field("clicks", 5, 7).field("impressions", 100, 300));
		// conversion rate: 3 / 12 = 0.25
		assertValue(0.25, ratio("conversions", "clicks").field("conversions", 1, 2).field("clicks", 5, 7));
		// cost per acquisition: (60 + 90) spend / 3 conversions = 50
		assertValue(50, ratio("spend", "conversions").field("spend", 60, 90).field("conversions", 1, 2));
		// response rate: 8 replies / 20 comments = 0.4
		assertValue(0.4, ratio("replies", "comments").field("replies", 3, 5).field("comments", 12, 8));
	}

	@Test
	void ratioOfSumsAndMeanOfDailyRatiosDiffer() {
		MetricTester tester = ratio("engagements", "impressions").field("engagements", 10, 90).field("impressions", 100, 300);
		// aggregate then compute: 100 / 400 = 0.25; per day: (0.1 + 0.3) / 2 = 0.2
		assertValue(0.25, tester);
		assertValue(0.2, tester.aggregation(Aggregation.COMPUTE_PER_DAY_THEN_AVERAGE));
	}

	@Test
	void kaushikRatesPerPostAndPerFollower() {
		// 3 posts, 12 comments, 30 shares, 60 likes; followers 1,000 then 1,200 (latest 1,200)
		for (String[] field : new String[][] { { "comments", "4", "0.01" }, { "shares", "10", "0.025" },
				{ "likes", "20", "0.05" } }) {
			MetricTester tester = MetricTester.of(PerPostOrFollower.of(field[0])).field("posts", 1, 2)
					.field("followers", 1_000, 1_200).field("comments", 5, 7).field("shares", 10, 20).field("likes", 25, 35);
			// per post: 12 / 3 = 4, 30 / 3 = 10, 60 / 3 = 20
			assertValue(Double.parseDouble(field[1]), tester);
			// per follower: 12 / 1,200 = 0.01, 30 / 1,200 = 0.025, 60 / 1,200 = 0.05
			assertValue(Double.parseDouble(field[2]), tester.parameter("per", "follower"));
		}
		MetricResult wrong = MetricTester.of(PerPostOrFollower.of("likes")).field("likes", 1).field("posts", 1)
				.parameter("per", "fan").compute();
		assertEquals(MetricResult.Status.FAILED, wrong.status());
	}

	@Test
	void engagementRateByFollowers() {
		// 50 engagements / latest followers 2,000 = 0.025
		assertValue(0.025, MetricTester.of(new EngagementRateByFollowers()).field("engagements", 20, 30)
				.field("followers", 1_900, 2_000));
	}

	@Test
	void followerGrowthFromBeforeThePeriodOrItsFirstDay() {
		MetricTester tester = MetricTester.of(new FollowerGrowthRate()).field("followers", 1_000, 1_050, 1_100, 1_200);
		// days 2..3: before = day 1 (1,050), end = 1,200: 150 / 1,050
		assertEquals(150 / 1_050.0, tester.compute(2, 3).value(), EPSILON);
		// days 0..3: nothing before, start = first value 1,000: 200 / 1,000 = 0.2
		assertEquals(0.2, tester.compute(0, 3).value(), EPSILON);
	}

	@Test
	void customerAcquisitionCostWithOverheadAndCustomersField() {
		MetricTester tester = MetricTester.of(new CustomerAcquisitionCost()).field("spend", 400, 600)
				.field("conversions", 8, 12).field("new_customers", 2, 3);
		// 1,000 / 20 = 50
		assertValue(50, tester);
		// (1,000 + 500) / 20 = 75
		assertValue(75, tester.parameter("overhead", "500"));
		// (1,000 + 500) / 5 new customers = 300
		assertValue(300, tester.parameter("customers_field", "new_customers"));
	}

	@Test
	void shareOfVoiceAndNetSentiment() {
		MetricTester voice = MetricTester.of(new ShareOfVoice()).mentions(0, 6, Sentiment.POSITIVE, null)
				.mentions(0, 3, Sentiment.NEGATIVE, "Test Client").mentions(1, 1, Sentiment.NEUTRAL, null)
				.mentions(1, 10, Sentiment.POSITIVE, "GreenThumb");
		// own = 6 + 3 + 1 = 10, competitors 10: 10 / 20 = 0.5
		assertValue(0.5, voice);
		MetricTester sentiment = MetricTester.of(new NetSentiment()).mentions(0, 6, Sentiment.POSITIVE, null)
				.mentions(0, 2, Sentiment.NEGATIVE, null).mentions(0, 8, Sentiment.NEUTRAL, null)
				.mentions(0, 4, Sentiment.UNKNOWN, null).mentions(0, 50, Sentiment.NEGATIVE, "Rival");
		// polar: (6 − 2) / (6 + 2) = 0.5 (the rival's mentions do not count)
		assertValue(0.5, sentiment);
		// all: (6 − 2) / (6 + 2 + 8 + 4) = 0.2
		assertValue(0.2, sentiment.parameter("variant", "all"));
	}

	@Test
	void mentionVolume() {
		// 4 own mentions, 3 of a competitor: volume 4
		assertValue(4, MetricTester.of(new com.socialyst.metrics.standard.MentionVolume())
				.mentions(0, 4, Sentiment.NEUTRAL, null).mentions(1, 3, Sentiment.POSITIVE, "Rival"));
		assertEquals(MetricResult.Status.NO_DATA,
				MetricTester.of(new com.socialyst.metrics.standard.MentionVolume()).field("likes", 1).compute().status());
	}

	@Test
	void socialRoi() {
		// revenue 1,500 + 1,500 = 3,000, spend 1,000: (3,000 − 1,000) / 1,000 = 2
		assertValue(2, MetricTester.of(new SocialRoi()).field("revenue", 1_500, 1_500).field("spend", 400, 600));
		assertEquals("no data: no revenue data in the period (is conversion value tracked?)",
				MetricTester.of(new SocialRoi()).field("spend", 10).compute().toString());
	}

	@Test
	void divisionByZeroAndMissingFieldsAreNoDataNeverZero() {
		Metric[] metrics = { FieldRatio.of("clicks", "impressions"), PerPostOrFollower.of("likes"),
				new EngagementRateByFollowers(), new FollowerGrowthRate(), new CustomerAcquisitionCost(),
				new ShareOfVoice(), new NetSentiment(), new SocialRoi() };
		for (Metric metric : metrics) {
			MetricResult empty = MetricTester.of(metric).field("unrelated", 1).compute();
			assertEquals(MetricResult.Status.NO_DATA, empty.status(), metric.getClass() + ": " + empty);
			assertTrue(Double.isNaN(empty.value()));
		}
		MetricResult zero = MetricTester.of(FieldRatio.of("clicks", "impressions")).field("clicks", 3).field("impressions", 0)
				.compute();
		assertEquals("no data: no impressions in the period (division by zero)", zero.toString());
	}

	private static MetricTester ratio(String numerator, String denominator) {
		return MetricTester.of(FieldRatio.of(numerator, denominator));
	}

	private static void assertValue(double expected, MetricTester tester) {
		MetricResult result = tester.compute();
		assertEquals(MetricResult.Status.VALUE, result.status(), result.toString());
		assertEquals(expected, result.value(), EPSILON);
	}
}
