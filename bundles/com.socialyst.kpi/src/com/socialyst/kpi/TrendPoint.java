package com.socialyst.kpi;

import java.time.YearMonth;

/**
 * One month of a KPI's trend: the KPI's metric over that month, measured as the scorecard measures the KPI (same
 * channels, same parameters).
 *
 * @param kpiId the KPI's id
 * @param kpiName the KPI's name
 * @param month the month
 * @param value the metric over the month (up to the as-of day); NaN when there is no value
 * @param target the KPI's target; NaN when unset
 */
public record TrendPoint(String kpiId, String kpiName, YearMonth month, double value, double target) {
}
