package com.socialyst.metrics;

/**
 * A metric's formula: turns the numbers of a client's channels over a period into one value.
 * <p>
 * Implementations are contributed through the {@code com.socialyst.metrics.metrics} extension point, which also
 * declares the metric's id, name, unit, fields, parameters, direction and aggregation rule (see
 * {@link MetricDescriptor}). An implementation is stateless and thread-safe: one instance serves every client.
 * </p>
 * <p>
 * The engine applies the declared {@link Aggregation}: for {@link Aggregation#AGGREGATE_THEN_COMPUTE} the input
 * holds the whole period's sums; for {@link Aggregation#COMPUTE_PER_DAY_THEN_AVERAGE} the engine calls
 * {@link #compute} once per day with data (the input then covers one day) and averages the results. A metric
 * therefore never loops over days itself.
 * </p>
 * <p>
 * Return {@link MetricValue#noData(String)} when the input cannot give a value (typically a division by zero:
 * use {@link MetricValue#ratio(double, double, String)}). An exception, NaN or infinity is a failure: the engine
 * logs it, shows "metric failed: reason" for this metric only, and computes every other metric as usual.
 * </p>
 */
@FunctionalInterface
public interface Metric {

	/** The value for {@code input}; never NaN or infinite. */
	MetricValue compute(MetricInput input) throws Exception;
}
