package com.socialyst.metrics;

import java.util.List;

import com.socialyst.model.Direction;

/**
 * Everything known about a metric besides its formula: what the extension point declares, or what a formula
 * metric of the portfolio says.
 *
 * @param id the stable id KPIs refer to ({@code engagement_rate_by_impressions})
 * @param name a short name for people
 * @param description what it measures and its formula, in words
 * @param unit what the value measures
 * @param fields the measurement fields it reads
 * @param parameters the parameters a KPI may set
 * @param direction whether higher or lower values are better
 * @param aggregation how values over a period are formed
 * @param definition which definition it follows where the industry has several, or null
 * @param source where the definition comes from (a citation), or null
 * @param contributor the bundle that contributes it, or {@code portfolio} for formula metrics
 */
public record MetricDescriptor(String id, String name, String description, Unit unit, List<String> fields,
		List<ParameterDescriptor> parameters, Direction direction, Aggregation aggregation, String definition,
		String source, String contributor) {

	public MetricDescriptor {
		fields = List.copyOf(fields);
		parameters = List.copyOf(parameters);
	}

	/** The declared default of parameter {@code name}, or null. */
	public String defaultParameter(String name) {
		return parameters.stream().filter(p -> p.name().equals(name)).map(ParameterDescriptor::defaultValue)
				.findFirst().orElse(null);
	}
}
