package com.socialyst.kpi;

/**
 * One KPI of a {@link Scorecard}: its actual value over the period (up to the scorecard's as-of day), its targets
 * and how far it got. Missing numbers are NaN, never 0, so that nothing downstream averages a gap as a result.
 * <p>
 * <b>Progress</b> is {@code (actual - baseline) / (target - baseline)}: 0 at the baseline, 1 at the target, for
 * both directions (for lower-is-better KPIs the target lies below the baseline, so both differences are negative).
 * It is NaN without an actual, a baseline or a target, or when the target equals the baseline. It is not clamped
 * here; the composites clamp it to [0, 1].
 * </p>
 * <p>
 * <b>Pacing</b>: {@code expectedToDate = baseline + (target - baseline) * elapsed}, where {@code elapsed} is the
 * fraction of the period's days up to the as-of day; {@code onPace} says whether the actual is on the good side
 * of it (at or above for higher-is-better, at or below for lower-is-better), false when either is NaN.
 * </p>
 * <p>
 * <b>Status</b>, in this order:
 * </p>
 * <ol>
 * <li>{@link KpiStatus#NO_DATA} without an actual value.</li>
 * <li>With thresholds set (either or both), for higher-is-better: {@link KpiStatus#RED} if actual &lt; red
 * threshold, {@link KpiStatus#GREEN} if actual &gt;= amber threshold, {@link KpiStatus#AMBER} otherwise; an unset
 * threshold never matches (amber only: GREEN or AMBER; red only: RED or GREEN). Lower-is-better mirrors this: RED
 * if actual &gt; red, GREEN if actual &lt;= amber.</li>
 * <li>Without thresholds but with a target: GREEN if the target is reached (on the good side, inclusive), AMBER if
 * progress &gt;= 0.5, RED otherwise (including when progress is unknown for want of a baseline).</li>
 * <li>With neither thresholds nor a target: NO_DATA, as there is nothing to judge the actual against.</li>
 * </ol>
 * <p>
 * <b>Trend</b>: {@code previousActual} is the same metric on the same channels over {@link Period#previous()} (up to
 * the as-of day); {@code change = actual - previousActual}, {@code relativeChange = change / |previousActual|}
 * (NaN when the previous actual is 0 or unknown). The previous period is taken whole, so for counting metrics a
 * period still running compares a part with a whole.
 * </p>
 *
 * @param kpiId the KPI's id
 * @param name the KPI's name
 * @param kind {@code hard} or {@code soft}
 * @param metricId the metric measured
 * @param weight the KPI's weight as declared (normalised only when composites are formed)
 * @param direction {@code higher-is-better} or {@code lower-is-better}
 * @param actual the metric over the period up to the as-of day; NaN when there is none
 * @param actualStatus the {@link com.socialyst.metrics.MetricResult.Status} name: VALUE, NO_DATA or FAILED
 * @param explanation null with a value, else {@code no data: reason} or {@code metric failed: reason}
 * @param baseline the KPI's baseline; NaN when unset
 * @param target the KPI's target; NaN when unset
 * @param amberThreshold the line between green and amber; NaN when unset
 * @param redThreshold the line between amber and red; NaN when unset
 * @param progress see above; NaN when not computable
 * @param expectedToDate the target prorated to the elapsed part of the period; NaN without baseline and target
 * @param onPace whether the actual is on the good side of {@code expectedToDate}
 * @param status see above
 * @param previousActual the metric over the previous period; NaN when there is none
 * @param change {@code actual - previousActual}; NaN when either is unknown
 * @param relativeChange {@code change / |previousActual|}; NaN when unknown or the previous actual is 0
 */
public record KpiScore(String kpiId, String name, String kind, String metricId, double weight, String direction,
		double actual, String actualStatus, String explanation, double baseline, double target, double amberThreshold,
		double redThreshold, double progress, double expectedToDate, boolean onPace, KpiStatus status,
		double previousActual, double change, double relativeChange) {

	/** Whether there is an actual value. */
	public boolean hasActual() {
		return !Double.isNaN(actual);
	}

	/** Whether the KPI counts in the composite scores: it has a progress and a positive weight. */
	public boolean scored() {
		return !Double.isNaN(progress) && weight > 0;
	}
}
