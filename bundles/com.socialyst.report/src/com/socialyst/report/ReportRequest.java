package com.socialyst.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import com.socialyst.kpi.Period;

/**
 * One report to make.
 *
 * @param kind what the report is about
 * @param clientId the client; null for the portfolio overview
 * @param period the reporting period
 * @param asOf the day figures are taken up to (data after it is not read)
 * @param format the file format
 * @param locale the language; null for the client's report language (the consultancy's for the portfolio overview)
 */
public record ReportRequest(ReportKind kind, String clientId, Period period, LocalDate asOf, ReportFormat format,
		Locale locale) {

	public ReportRequest {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(format, "format");
		if (kind.perClient() && clientId == null) {
			throw new IllegalArgumentException("a " + kind.id() + " report is about one client: name it");
		}
	}

	/**
	 * The report's file name: {@code <client-id>_<kind>_<period>.<ext>}, or {@code portfolio_<period>.<ext>} for the
	 * portfolio overview. The same request always gets the same name, so a batch run again replaces its files.
	 */
	public String fileName() {
		String subject = kind.perClient() ? clientId + "_" + kind.id() : kind.id();
		return subject + "_" + period.label() + "." + format.id();
	}

	/** What the report is called in progress and error messages: {@code acme client 2026-Q3}. */
	public String describe() {
		return (kind.perClient() ? clientId + " " : "") + kind.id() + " report " + period.label();
	}
}
