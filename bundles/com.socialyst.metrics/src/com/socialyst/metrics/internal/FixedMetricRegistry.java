package com.socialyst.metrics.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricRegistry;

/** A registry of metrics given in code. */
public final class FixedMetricRegistry implements MetricRegistry {

	private final Map<String, MetricDescriptor> descriptors = new LinkedHashMap<>();
	private final Map<String, Metric> implementations = new LinkedHashMap<>();

	public FixedMetricRegistry(Map<MetricDescriptor, Metric> metrics) {
		metrics.keySet().stream().sorted(Comparator.comparing(MetricDescriptor::id)).forEach(descriptor -> {
			descriptors.put(descriptor.id(), descriptor);
			implementations.put(descriptor.id(), metrics.get(descriptor));
		});
	}

	@Override
	public List<MetricDescriptor> metrics() {
		return List.copyOf(descriptors.values());
	}

	@Override
	public Optional<MetricDescriptor> find(String id) {
		return Optional.ofNullable(descriptors.get(id));
	}

	@Override
	public Metric implementation(String id) {
		Metric metric = implementations.get(id);
		if (metric == null) {
			throw new IllegalStateException("no metric '" + id + "'");
		}
		return metric;
	}

	@Override
	public List<String> problems() {
		return List.of();
	}
}
