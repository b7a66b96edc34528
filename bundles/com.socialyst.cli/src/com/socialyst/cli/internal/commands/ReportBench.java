package com.socialyst.cli.internal.commands;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.kpi.Period;
import com.socialyst.model.Client;
import com.socialyst.report.BatchResult;
import com.socialyst.report.ReportException;
import com.socialyst.report.ReportFormat;
import com.socialyst.report.ReportKind;
import com.socialyst.report.ReportRequest;
import com.socialyst.report.Reports;

/**
 * The report part of {@code socialyst bench}: a batch of client PDF reports written as {@code socialyst report}
 * writes them (on every processor, the first one starting the report engine), then single reports one after the
 * other for the median time of one report once everything is warm.
 */
final class ReportBench {

	/** Single reports timed after the batch, for the median. */
	static final int TIMED_SINGLES = 15;

	private ReportBench() {
	}

	static Map<String, Object> run(Reports reports, OpenPortfolio portfolio, int count, Path out, Period period,
			PrintWriter err) throws ReportException {
		List<Client> clients = portfolio.clients();
		List<ReportRequest> requests = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			requests.add(request(clients.get(i % clients.size()), period));
		}
		int threads = Runtime.getRuntime().availableProcessors();
		err.printf("Writing %d client PDF reports on %d threads%n", count, threads);
		err.flush();
		long start = System.nanoTime();
		BatchResult batch = reports.writeAll(portfolio, requests, out, threads, new NullProgressMonitor());
		double seconds = (System.nanoTime() - start) / 1e9;

		double[] singles = new double[TIMED_SINGLES];
		for (int i = 0; i < singles.length; i++) {
			long one = System.nanoTime();
			reports.render(portfolio, request(clients.get(i % clients.size()), period), new ByteArrayOutputStream());
			singles[i] = (System.nanoTime() - one) / 1e6;
		}
		Arrays.sort(singles);
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("reports", count);
		figures.put("reports_failed", batch.failed().size());
		figures.put("reports_s", Math.round(seconds * 100) / 100.0);
		figures.put("reports_per_s", Math.round(count / seconds * 10) / 10.0);
		figures.put("report_median_ms", Math.round(singles[singles.length / 2]));
		batch.failed().stream().limit(3).forEach(failure -> err.println("report failed: " + failure.reason()));
		return figures;
	}

	private static ReportRequest request(Client client, Period period) {
		return new ReportRequest(ReportKind.CLIENT, client.getId(), period, period.to(), ReportFormat.PDF, null);
	}
}
