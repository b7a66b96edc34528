package com.socialyst.examples.influence;

import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/**
 * An influence score from 0 to 100, in the spirit of Klout and Twitalyzer: a weighted mix of audience size,
 * amplification (shares per post) and conversation (comments per post). Each part saturates, so a huge
 * audience cannot make up for nobody sharing anything.
 * <p>
 * This is a heuristic, documented as one: the weights (40/40/20) and saturation points are judgement calls.
 * It is here to show how a plugin contributes a metric, not to be a KPI a strategy stands on.
 * </p>
 */
public class InfluenceScore implements Metric {

	/** Followers at which the audience part is full: a million (log10 = 6). */
	private static final double FULL_AUDIENCE_LOG = 6;

	@Override
	public MetricValue compute(MetricInput input) {
		double followers = input.last("followers");
		double posts = input.sum("posts");
		if (Double.isNaN(followers)) {
			return MetricValue.noData("no follower count in the period");
		}
		if (Double.isNaN(posts) || posts == 0) {
			return MetricValue.noData("no posts in the period");
		}
		double saturation = input.parameter("saturation", 5);
		double audience = Math.min(1, Math.log10(Math.max(1, followers)) / FULL_AUDIENCE_LOG);
		double amplification = saturating(orZero(input.sum("shares")) / posts, saturation);
		double conversation = saturating(orZero(input.sum("comments")) / posts, saturation);
		return MetricValue.of(100 * (0.4 * audience + 0.4 * amplification + 0.2 * conversation));
	}

	/** 0 at 0, 1 - 1/e at {@code saturation}, approaching 1. */
	static double saturating(double value, double saturation) {
		return 1 - Math.exp(-value / saturation);
	}

	/** Shares or comments without any value count as none: the posts exist, nobody reacted. */
	private static double orZero(double value) {
		return Double.isNaN(value) ? 0 : value;
	}
}
