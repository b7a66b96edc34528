package com.socialyst.metrics;

/**
 * A parameter a KPI may set on a metric, such as the definition variant ({@code per=follower}).
 *
 * @param name the key
 * @param defaultValue used when the KPI does not set it; may be null
 * @param description what it changes
 */
public record ParameterDescriptor(String name, String defaultValue, String description) {
}
