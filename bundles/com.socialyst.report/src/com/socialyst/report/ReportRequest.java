package com.socialyst.report;

import java.time.LocalDate;
import java.util.List;
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
	 * The reports of one batch, as {@code socialyst report} and the workbench's Generate Reports make them: one per
	 * client, in the order given, or the one portfolio overview ({@code clientIds} then ignored).
	 */
	public static List<ReportRequest> batch(ReportKind kind, List<String> clientIds, Period period, LocalDate asOf,
			ReportFormat format, Locale locale) {
		if (!kind.perClient()) {
			return List.of(new ReportRequest(kind, null, period, asOf, format, locale));
		}
		return clientIds.stream().map(id -> new ReportRequest(kind, id, period, asOf, format, locale)).toList();
	}

	/** The day figures are taken up to when none is named: the period's last day, or {@code today} while it runs. */
	public static LocalDate asOfFor(Period period, LocalDate today) {
		return period.to().isBefore(today) ? period.to() : today;
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
