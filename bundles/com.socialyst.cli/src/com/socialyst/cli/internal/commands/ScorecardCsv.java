package com.socialyst.cli.internal.commands;

import java.io.IOException;

import org.apache.commons.csv.CSVPrinter;

import com.socialyst.kpi.KpiScore;
import com.socialyst.kpi.Scorecard;

/** Scorecards as CSV: one row per KPI, for spreadsheets; empty cells where there is no value. */
final class ScorecardCsv {

	static final String[] HEADER = { "client", "period", "kpi", "name", "kind", "metric", "weight", "actual", "baseline",
			"target", "progress", "expected_to_date", "on_pace", "status", "previous_actual", "change", "explanation" };

	private ScorecardCsv() {
	}

	static void print(CSVPrinter csv, Scorecard card) throws IOException {
		for (KpiScore kpi : card.scores()) {
			csv.printRecord(card.clientId(), card.period(), kpi.kpiId(), kpi.name(), kpi.kind(), kpi.metricId(),
					cell(kpi.weight()), cell(kpi.actual()), cell(kpi.baseline()), cell(kpi.target()),
					cell(kpi.progress()), cell(kpi.expectedToDate()), kpi.onPace(),
					kpi.status().name().toLowerCase(java.util.Locale.ROOT), cell(kpi.previousActual()),
					cell(kpi.change()), kpi.explanation() == null ? "" : kpi.explanation());
		}
	}

	private static String cell(double value) {
		return Double.isNaN(value) ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
