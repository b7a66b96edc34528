package com.socialyst.metrics;

/**
 * Thrown by {@link MetricValue#of(double)} for NaN or infinity: a metric that means "no data" says so with
 * {@link MetricValue#noData(String)}; anything else non-finite is a bug of the metric, reported as its failure.
 */
public class NonFiniteValueException extends ArithmeticException {

	private static final long serialVersionUID = 1L;

	public NonFiniteValueException(double value) {
		super("returned " + value + " (use MetricValue.noData for \"no data\")");
	}
}
