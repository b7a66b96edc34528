package com.socialyst.metrics;

/**
 * How a metric's value over a period is formed. Vendors differ here and users notice: an engagement rate of the
 * period's totals (sum of engagements / sum of impressions) is not the average of the daily rates.
 */
public enum Aggregation {
	/** Add the inputs up over the period, then compute once (ratio of sums). The usual choice. */
	AGGREGATE_THEN_COMPUTE,
	/** Compute for each day that has data, then take the mean of the daily values (mean of ratios). */
	COMPUTE_PER_DAY_THEN_AVERAGE;

	/** The name used in plugin.xml: {@code aggregate-then-compute} or {@code compute-per-day-then-average}. */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static Aggregation fromId(String id) {
		for (Aggregation aggregation : values()) {
			if (aggregation.id().equals(id)) {
				return aggregation;
			}
		}
		throw new IllegalArgumentException("unknown aggregation '" + id + "' (aggregate-then-compute or compute-per-day-then-average)");
	}
}
