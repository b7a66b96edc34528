package com.socialyst.metrics;

import java.time.LocalDate;

/**
 * The numbers a {@link Metric} computes from: one client's channels in scope (one channel, or all of them
 * added up), over a period (or one day of it, see {@link Aggregation}). Field ids are the measurement fields
 * ({@code impressions}, {@code likes}…). All methods are cheap: the engine computes each sum once.
 */
public interface MetricInput {

	/** First day of the period (inclusive). */
	LocalDate from();

	/** Last day of the period (inclusive). */
	LocalDate to();

	/** The sum of {@code field} over the period and the channels; NaN when no channel has any value of it. */
	double sum(String field);

	/**
	 * The latest value of {@code field} in the period, added up over the channels: for stocks such as
	 * {@code followers}. NaN when there is none.
	 */
	double last(String field);

	/** The earliest value of {@code field} in the period, added up over the channels; NaN when there is none. */
	double first(String field);

	/**
	 * The value of {@code field} just before the period (the latest value before {@link #from()}), added up over
	 * the channels: the starting point of growth metrics. NaN when there is none.
	 */
	double before(String field);

	/** Listening mentions of the client in the period (on the channels' platforms when the scope is one channel). */
	MentionCounts mentions();

	/** The KPI's parameter {@code name}, or the declared default, or null. */
	String parameter(String name);

	/** {@link #parameter(String)} as a number, or {@code defaultValue} when absent. */
	default double parameter(String name, double defaultValue) {
		String value = parameter(name);
		return value == null || value.isBlank() ? defaultValue : Double.parseDouble(value.strip());
	}
}
