package com.socialyst.metrics;

import java.util.Objects;

/**
 * What a {@link Metric} computed: a finite number, or "no data" with the reason (such as "no impressions in the
 * period"). Reports show the reason instead of a misleading 0.
 *
 * @param value the value; NaN exactly when there is no data
 * @param noDataReason why there is no value, or null when there is one
 */
public record MetricValue(double value, String noDataReason) {

	public MetricValue {
		if (noDataReason == null && (Double.isNaN(value) || Double.isInfinite(value))) {
			throw new NonFiniteValueException(value);
		}
		if (noDataReason != null) {
			value = Double.NaN;
		}
	}

	public static MetricValue of(double value) {
		return new MetricValue(value, null);
	}

	public static MetricValue noData(String reason) {
		return new MetricValue(Double.NaN, Objects.requireNonNull(reason, "reason"));
	}

	/**
	 * {@code numerator / denominator}, or no data when the denominator is 0 or either side has no data.
	 *
	 * @param denominatorName what the denominator counts, for the reason ("impressions")
	 */
	public static MetricValue ratio(double numerator, double denominator, String denominatorName) {
		if (Double.isNaN(numerator) || Double.isNaN(denominator)) {
			return noData("no " + denominatorName + " data in the period");
		}
		if (denominator == 0) {
			return noData("no " + denominatorName + " in the period (division by zero)");
		}
		return of(numerator / denominator);
	}

	public boolean hasValue() {
		return noDataReason == null;
	}
}
