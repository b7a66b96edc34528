package com.socialyst.diagnosis;

import java.util.Optional;

import com.socialyst.assessment.AssessmentResult;
import com.socialyst.kpi.Scorecard;

/**
 * How a client is doing at a glance, as the portfolio overview and the workbench's Portfolio view show it: the overall
 * KPI score and its health, the maturity stage, the findings, and how much attention the client needs.
 * <p>
 * Health follows the overall KPI score: green from {@value #GREEN_FROM}, amber from {@value #AMBER_FROM}, red below,
 * no data without a score. Attention adds 3 for red health, 2 for no data, 1 for amber, 2 per high and 1 per medium
 * finding, so a client with a weak score and serious findings comes first.
 * </p>
 *
 * @param overallScore the scorecard's overall score (0–100), NaN without data
 * @param hardScore the score of the hard KPIs (business outcomes), NaN without one
 * @param softScore the score of the soft KPIs (reach, engagement …), NaN without one
 * @param maturity the latest assessment on or before the day looked at, null without one
 * @param topFinding the title of the most severe finding, null without findings
 */
public record ClientHealth(double overallScore, double hardScore, double softScore, Health health, AssessmentResult maturity, int findings,
		int highFindings, int mediumFindings, String topFinding, int attention) {

	public static final double GREEN_FROM = 70;
	public static final double AMBER_FROM = 40;

	/** The health colours, worst last but one: "no data" is not a colour but needs a look too. */
	public enum Health {
		GREEN, AMBER, RED, NO_DATA;

		/** The id reports and label files use ({@code green}, {@code amber}, {@code red}, {@code no-data}). */
		public String id() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	/** Combines what was evaluated for one client and period. */
	public static ClientHealth of(Scorecard scorecard, DiagnosisReport diagnosis, Optional<AssessmentResult> maturity) {
		double score = scorecard.overallScore();
		Health health = health(score);
		int high = count(diagnosis, Severity.HIGH);
		int medium = count(diagnosis, Severity.MEDIUM);
		int attention = switch (health) {
			case RED -> 3;
			case NO_DATA -> 2;
			case AMBER -> 1;
			case GREEN -> 0;
		} + 2 * high + medium;
		return new ClientHealth(score, scorecard.hardScore(), scorecard.softScore(), health, maturity.orElse(null),
				diagnosis.findings().size(), high, medium,
				diagnosis.findings().stream().findFirst().map(Finding::title).orElse(null), attention);
	}

	/** The health of an overall KPI score. */
	public static Health health(double overallScore) {
		if (Double.isNaN(overallScore)) {
			return Health.NO_DATA;
		}
		return overallScore >= GREEN_FROM ? Health.GREEN : overallScore >= AMBER_FROM ? Health.AMBER : Health.RED;
	}

	private static int count(DiagnosisReport diagnosis, Severity severity) {
		return (int) diagnosis.findings().stream().filter(finding -> finding.severity() == severity).count();
	}
}
