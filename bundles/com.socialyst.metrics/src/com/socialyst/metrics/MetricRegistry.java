package com.socialyst.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The installed metrics: those contributed to the {@code com.socialyst.metrics.metrics} extension point (by our
 * bundles, by plugins in {@code dropins/}) and the formula metrics of a portfolio. An OSGi service.
 */
public interface MetricRegistry {

	/** Every contributed metric, by id. */
	List<MetricDescriptor> metrics();

	/** The contributed metric {@code id}. */
	Optional<MetricDescriptor> find(String id);

	/**
	 * The implementation of metric {@code id}, created on first use.
	 *
	 * @throws IllegalStateException when it cannot be created (its class is missing or fails to load); the
	 *         message says why
	 */
	Metric implementation(String id);

	/**
	 * Contributions that could not be read (a missing attribute, a duplicate id), each naming the contributing
	 * bundle. Metrics whose class fails to load are listed by {@link #metrics()} and fail when computed.
	 */
	List<String> problems();

	/** A registry of the given metrics, for tests and for programs without an extension registry. */
	static MetricRegistry of(Map<MetricDescriptor, Metric> metrics) {
		return new com.socialyst.metrics.internal.FixedMetricRegistry(metrics);
	}
}
