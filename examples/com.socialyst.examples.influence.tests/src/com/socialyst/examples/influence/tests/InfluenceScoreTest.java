package com.socialyst.examples.influence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.socialyst.examples.influence.InfluenceScore;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.testkit.MetricTester;

/** What a plugin author's tests look like: a few days of numbers, one expected value worked out by hand. */
class InfluenceScoreTest {

	@Test
	void mixesAudienceAmplificationAndConversation() {
		MetricResult result = MetricTester.of(new InfluenceScore())
				.field("followers", 9_000, 10_000)
				.field("posts", 2, 3)
				.field("shares", 10, 15)
				.field("comments", 0, 25)
				.compute();
		// audience: log10(10,000) / 6 = 4/6; amplification: 25 shares / 5 posts = 5 per post → 1 - e^-1;
		// conversation: 25 / 5 = 5 per post → 1 - e^-1
		double expected = 100 * (0.4 * 4 / 6 + 0.4 * (1 - Math.exp(-1)) + 0.2 * (1 - Math.exp(-1)));
		assertEquals(expected, result.value(), 1e-9);
	}

	@Test
	void saturationIsAParameter() {
		MetricResult result = MetricTester.of(new InfluenceScore()).field("followers", 1_000_000)
				.field("posts", 1).field("shares", 10).field("comments", 10).parameter("saturation", "10").compute();
		// audience full (log10 1e6 / 6 = 1); 10 per post at saturation 10 → 1 - e^-1 for both others
		assertEquals(100 * (0.4 + 0.6 * (1 - Math.exp(-1))), result.value(), 1e-9);
	}

	@Test
	void withoutPostsOrFollowersThereIsNoScore() {
		assertEquals("no data: no posts in the period",
				MetricTester.of(new InfluenceScore()).field("followers", 500).field("posts", 0).compute().toString());
		assertEquals("no data: no follower count in the period",
				MetricTester.of(new InfluenceScore()).field("posts", 3).compute().toString());
	}
}
