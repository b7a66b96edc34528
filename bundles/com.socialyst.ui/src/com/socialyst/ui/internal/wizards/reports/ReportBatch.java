package com.socialyst.ui.internal.wizards.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.socialyst.kpi.Period;
import com.socialyst.report.ReportFormat;
import com.socialyst.report.ReportKind;
import com.socialyst.report.ReportRequest;

/**
 * What the consultant asked the Generate Reports wizard for: the same choices as {@code socialyst report}'s options.
 *
 * @param kind what the reports are about
 * @param clientIds the clients, in portfolio order; ignored for the portfolio overview
 * @param everyClient whether these are all the portfolio's clients (like {@code --all}): then clients whose file did
 *        not load are listed among the failures
 * @param period the reporting period
 * @param format the file format
 * @param locale the language; null for each client's own (the consultancy's for the portfolio overview)
 * @param folder where the files go
 */
public record ReportBatch(ReportKind kind, List<String> clientIds, boolean everyClient, Period period,
		ReportFormat format, Locale locale, Path folder) {

	public ReportBatch {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(folder, "folder");
		clientIds = List.copyOf(clientIds);
	}

	/**
	 * The reports to make, as {@code socialyst report} makes them: one per client, or the one portfolio overview.
	 * Figures are taken up to the period's last day, or {@code today} when the period is not over yet.
	 */
	public List<ReportRequest> requests(LocalDate today) {
		return ReportRequest.batch(kind, clientIds, period, ReportRequest.asOfFor(period, today), format, locale);
	}

	/** How many files the batch writes. */
	public int size() {
		return kind.perClient() ? clientIds.size() : 1;
	}
}
