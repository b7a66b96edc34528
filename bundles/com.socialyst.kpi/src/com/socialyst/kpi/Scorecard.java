package com.socialyst.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's KPIs over a period as of a day, with composite scores and the ROI. Made by
 * {@link Scorecards#evaluate}.
 * <p>
 * The composite scores run from 0 to 100: the mean of the KPIs' progress, each clamped to [0, 1], weighted by the
 * KPIs' weights normalised over the KPIs that have a progress. {@code hardScore} uses the hard KPIs,
 * {@code softScore} the soft ones, {@code overallScore} all of them (their weights normalised together). A KPI
 * without a progress (no data, a failed metric, no baseline or target) is left out rather than counted as 0, and
 * listed in {@code missing} with the reason; a score is NaN when no KPI of its kind has a progress.
 * </p>
 *
 * @param clientId the client's id
 * @param clientName the client's name
 * @param period the period's label ({@code 2026-Q3})
 * @param from first day of the period
 * @param to last day of the period
 * @param asOf the day the scorecard is computed for; data after it is not read
 * @param strategy the period of the strategy used ({@code 2026-01-01..2026-12-31}); null when none covers
 *        the period
 * @param scores one score per KPI of the strategy, in the strategy's order
 * @param hardScore composite of the hard KPIs, 0..100; NaN when none has a progress
 * @param softScore composite of the soft KPIs, 0..100; NaN when none has a progress
 * @param overallScore composite of all KPIs, 0..100; NaN when none has a progress
 * @param missing {@code kpi name: reason} for each KPI left out of the composites
 * @param roi the return on investment over the period
 * @param notes anything else the reader should know (the strategy chosen, targets set for another period length…)
 */
public record Scorecard(String clientId, String clientName, String period, LocalDate from, LocalDate to,
		LocalDate asOf, String strategy, List<KpiScore> scores, double hardScore, double softScore,
		double overallScore, List<String> missing, Roi roi, List<String> notes) {

	public Scorecard {
		scores = List.copyOf(scores);
		missing = List.copyOf(missing);
		notes = List.copyOf(notes);
	}

	/** The score of KPI {@code kpiId}, or null. */
	public KpiScore score(String kpiId) {
		for (KpiScore score : scores) {
			if (score.kpiId() != null && score.kpiId().equals(kpiId)) {
				return score;
			}
		}
		return null;
	}
}
