package com.socialyst.metrics;

/**
 * The outcome of computing one metric: a value, no data (with the reason), or a failure of the metric itself
 * (with the reason; the error is in the log).
 *
 * @param status which of the three
 * @param value the value; NaN unless {@link Status#VALUE}
 * @param reason why there is no value; null for {@link Status#VALUE}
 */
public record MetricResult(Status status, double value, String reason) {

	public enum Status {
		VALUE, NO_DATA, FAILED
	}

	public static MetricResult of(MetricValue value) {
		return value.hasValue() ? new MetricResult(Status.VALUE, value.value(), null)
				: new MetricResult(Status.NO_DATA, Double.NaN, value.noDataReason());
	}

	public static MetricResult failed(String reason) {
		return new MetricResult(Status.FAILED, Double.NaN, reason);
	}

	public boolean hasValue() {
		return status == Status.VALUE;
	}

	/** The value, "no data: reason" or "metric failed: reason". */
	@Override
	public String toString() {
		return switch (status) {
			case VALUE -> Double.toString(value);
			case NO_DATA -> "no data: " + reason;
			case FAILED -> "metric failed: " + reason;
		};
	}
}
