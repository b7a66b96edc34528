package com.socialyst.kpi;

/**
 * The traffic light of one KPI in a {@link Scorecard}. {@link KpiScore#status()} documents the rules.
 */
public enum KpiStatus {
	/** On or beyond the green line (or the target reached). */
	GREEN,
	/** Between the lines (or at least half way to the target). */
	AMBER,
	/** Beyond the red line (or less than half way to the target). */
	RED,
	/** No actual value, or nothing to judge it against; the score's explanation or the scorecard's notes say why. */
	NO_DATA
}
