package com.socialyst.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a report is about. Each kind has one template, {@code <id>.rptdesign}. */
public enum ReportKind {
	/** KPI scorecard, trends, channels, ROI, findings and the consultant's commentary for one client. */
	CLIENT("client"),
	/** Maturity by dimension against the industry, stage and change, gaps and a roadmap for one client. */
	MATURITY("maturity"),
	/** Every client of the consultancy, sorted by the attention it needs; for the consultancy itself. */
	PORTFOLIO("portfolio"),
	/** A client's strategy: goals, audiences, channels, initiatives, budget, KPIs and governance. */
	STRATEGY("strategy");

	private final String id;

	ReportKind(String id) {
		this.id = id;
	}

	/** The name used on the command line, in file names and as the template's name. */
	public String id() {
		return id;
	}

	/** The template file name, as in the bundle and in a portfolio's {@code templates/} folder. */
	public String templateFile() {
		return id + ".rptdesign";
	}

	/** Whether the report is about one client (all but the portfolio overview). */
	public boolean perClient() {
		return this != PORTFOLIO;
	}

	public static Optional<ReportKind> fromId(String id) {
		return Arrays.stream(values()).filter(kind -> kind.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
	}
}
