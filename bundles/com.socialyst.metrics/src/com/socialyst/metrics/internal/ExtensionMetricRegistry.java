package com.socialyst.metrics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.ParameterDescriptor;
import com.socialyst.metrics.Unit;
import com.socialyst.model.Direction;

/**
 * The metrics contributed to {@code com.socialyst.metrics.metrics}, read once when the service starts (plugins
 * in {@code dropins/} are installed before that, at start-up). Classes are loaded on first use, so a broken
 * plugin costs nothing until one of its metrics is computed, and then fails alone.
 */
@Component(service = MetricRegistry.class)
public class ExtensionMetricRegistry implements MetricRegistry {

	public static final String EXTENSION_POINT = "com.socialyst.metrics.metrics";

	private final Map<String, MetricDescriptor> descriptors = new TreeMap<>();
	private final Map<String, IConfigurationElement> elements = new TreeMap<>();
	private final Map<String, Metric> implementations = new ConcurrentHashMap<>();
	private final List<String> problems = new ArrayList<>();

	@Reference
	IExtensionRegistry extensionRegistry;

	@Activate
	void activate() {
		for (IConfigurationElement element : extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"metric".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			try {
				MetricDescriptor descriptor = describe(element, contributor);
				MetricDescriptor existing = descriptors.putIfAbsent(descriptor.id(), descriptor);
				if (existing != null) {
					problems.add(contributor + ": metric '" + descriptor.id() + "' is contributed by "
							+ existing.contributor() + " already; this one is ignored");
				} else {
					elements.put(descriptor.id(), element);
				}
			} catch (IllegalArgumentException e) {
				problems.add(contributor + ": " + e.getMessage());
			}
		}
	}

	static MetricDescriptor describe(IConfigurationElement element, String contributor) {
		String id = required(element, "id");
		List<String> fields = new ArrayList<>();
		for (IConfigurationElement field : element.getChildren("field")) {
			fields.add(required(field, "id"));
		}
		List<ParameterDescriptor> parameters = new ArrayList<>();
		for (IConfigurationElement parameter : element.getChildren("parameter")) {
			parameters.add(new ParameterDescriptor(required(parameter, "name"), parameter.getAttribute("default"),
					parameter.getAttribute("description")));
		}
		IConfigurationElement[] descriptions = element.getChildren("description");
		String description = descriptions.length > 0 ? descriptions[0].getValue() : null;
		String unit = required(element, "unit");
		String direction = element.getAttribute("direction");
		String aggregation = element.getAttribute("aggregation");
		try {
			return new MetricDescriptor(id, required(element, "name"), description == null ? "" : description.strip(),
					Unit.valueOf(unit.toUpperCase(java.util.Locale.ROOT)), fields, parameters,
					direction == null ? Direction.HIGHER_IS_BETTER : directionOf(direction),
					aggregation == null ? Aggregation.AGGREGATE_THEN_COMPUTE : Aggregation.fromId(aggregation),
					element.getAttribute("definition"), element.getAttribute("source"), contributor);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("metric '" + id + "': " + e.getMessage());
		}
	}

	private static Direction directionOf(String text) {
		Direction direction = Direction.get(text);
		if (direction == null) {
			throw new IllegalArgumentException("unknown direction '" + text + "' (higher-is-better or lower-is-better)");
		}
		return direction;
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("<" + element.getName() + "> without " + attribute);
		}
		return value.strip();
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
		IConfigurationElement element = elements.get(id);
		if (element == null) {
			throw new IllegalStateException("no metric '" + id + "'");
		}
		return implementations.computeIfAbsent(id, key -> {
			try {
				Object created = element.createExecutableExtension("class");
				if (!(created instanceof Metric metric)) {
					throw new IllegalStateException(created.getClass().getName() + " does not implement "
							+ Metric.class.getName());
				}
				return metric;
			} catch (CoreException e) {
				Throwable cause = e.getStatus().getException() != null ? e.getStatus().getException() : e;
				throw new IllegalStateException(element.getAttribute("class") + " from " + element.getContributor().getName()
						+ ": " + cause, e);
			}
		});
	}

	@Override
	public List<String> problems() {
		return List.copyOf(problems);
	}
}
