package com.socialyst.metrics;

/** What a metric's value measures, for formatting and for reading it right. */
public enum Unit {
	/** A fraction, shown as a percentage (0.045 → 4.5 %). */
	RATIO,
	/** Already a percentage (4.5 → 4.5 %). */
	PERCENT,
	/** A count of things. */
	COUNT,
	/** Money, in the client's currency. */
	CURRENCY,
	/** A duration in seconds. */
	DURATION;

	/** The name used in plugin.xml and on the command line. */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
