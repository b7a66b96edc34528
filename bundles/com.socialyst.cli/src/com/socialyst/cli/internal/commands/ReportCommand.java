package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.core.storage.LoadProblem;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.kpi.Period;
import com.socialyst.model.Client;
import com.socialyst.report.BatchResult;
import com.socialyst.report.ReportFormat;
import com.socialyst.report.ReportKind;
import com.socialyst.report.ReportRequest;
import com.socialyst.report.Reports;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst report}: branded reports for some clients or all, in one go. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "report", description = {
		"Writes branded reports: the client performance report (default), the maturity report, the strategy brief, "
				+ "or the portfolio overview for the consultancy. Each client's report is in the client's report "
				+ "language and brand (consultancy, co-brand or white-label) unless --locale says otherwise.",
		"Files are named <client-id>_<kind>_<period>.<ext> (portfolio_<period>.<ext> for the overview) and written "
				+ "atomically. One report's failure does not stop the others; the summary lists every failure with "
				+ "its reason, and the exit code is 1 if any report failed.",
		"A portfolio's templates/ folder may hold its own client.rptdesign, maturity.rptdesign, "
				+ "portfolio.rptdesign or strategy.rptdesign; see docs/report-templates.md." },
		footer = { "%nExamples:", "  socialyst report -w ~/clients --all --period 2026-Q3 --out ~/reports",
				"  socialyst report -w ~/clients --client acme --kind maturity --format docx --locale sr-Cyrl --out .",
				"  socialyst report -w ~/clients --all --kind portfolio --out ~/reports" })
public class ReportCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Reference
	Reports reports;

	@Mixin
	WorkspaceOption workspace;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Which which;

	/** Which clients: named ones or all. */
	static class Which {
		@Option(names = "--client", paramLabel = "ID", arity = "1..*", description = "These clients (repeatable).")
		List<String> clients;

		@Option(names = "--all", description = "Every client of the portfolio.")
		boolean all;
	}

	@Option(names = "--kind", defaultValue = "client", paramLabel = "KIND",
			description = "client, maturity, strategy or portfolio (default: ${DEFAULT-VALUE}).")
	String kind;

	@Option(names = "--period", paramLabel = "PERIOD",
			description = "2026-Q3, 2026-10, 2026 or FROM..TO (default: the last complete quarter).")
	String period;

	@Option(names = "--as-of", paramLabel = "DATE",
			description = "Figures up to this day (default: the period's last day, or today if that is later).")
	LocalDate asOf;

	@Option(names = "--format", defaultValue = "pdf", paramLabel = "FORMAT",
			description = "pdf, html, docx, pptx or xlsx (default: ${DEFAULT-VALUE}).")
	String format;

	@Mixin
	LocaleOption language;

	@Option(names = "--threads", paramLabel = "N", description = "Reports made at once (default: the number of processors, at most 4).")
	Integer threads;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder the reports are written to.")
	Path out;

	@Override
	public Integer call() throws Exception {
		PrintWriter err = spec.commandLine().getErr();
		PrintWriter stdout = spec.commandLine().getOut();
		ReportKind reportKind = ReportKind.fromId(kind).orElseThrow(() -> usage("unknown --kind '" + kind
				+ "': use client, maturity, strategy or portfolio"));
		ReportFormat reportFormat = ReportFormat.fromId(format).orElseThrow(() -> usage("unknown --format '" + format
				+ "': use pdf, html, docx, pptx or xlsx"));
		Locale locale = language.chosen();
		if (threads != null && threads < 1) {
			throw usage("--threads must be at least 1");
		}
		Period reported;
		try {
			reported = period != null ? Period.parse(period) : Period.lastCompleteQuarter(LocalDate.now());
		} catch (IllegalArgumentException e) {
			throw usage("--period: " + e.getMessage());
		}
		LocalDate day = asOf != null ? asOf : ReportRequest.asOfFor(reported, LocalDate.now());

		OpenPortfolio portfolio = workspace.open(err, new NullProgressMonitor());
		List<String> clientIds = which.all ? portfolio.clients().stream().map(Client::getId).toList() : which.clients;
		List<ReportRequest> requests = ReportRequest.batch(reportKind, clientIds, reported, day, reportFormat, locale);
		int poolSize = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
		err.printf("Writing %d %s reports for %s (%s) to %s on %d threads%n", requests.size(), reportKind.id(),
				reported, reportFormat.id(), out, poolSize);
		err.flush();
		BatchResult result = reports.writeAll(portfolio, requests, out, poolSize, new ProgressLines(err, requests.size()));

		result.written().forEach(file -> stdout.println(file));
		stdout.flush();
		List<String> failures = new ArrayList<>();
		if (which.all && reportKind.perClient()) {
			for (LoadProblem problem : portfolio.problems()) {
				failures.add(problem.file() + ": not loaded, no report: " + problem.reason());
			}
		}
		result.failed().forEach(failure -> failures.add(failure.reason()));
		result.warnings().forEach(warning -> err.println("warning: " + warning));
		failures.forEach(failure -> err.println("failed: " + failure));
		err.printf("Summary: %d written, %d failed%s, in %s%n", result.written().size(), failures.size(),
				result.cancelled() ? ", cancelled" : "", out.toAbsolutePath());
		err.flush();
		return failures.isEmpty() && !result.cancelled() ? ExitCodes.OK : ExitCodes.FAILURE;
	}

	private CommandLine.ParameterException usage(String message) {
		return new CommandLine.ParameterException(spec.commandLine(), message);
	}

	/** One line per finished report: {@code [3/12] acme client report 2026-Q3}. */
	private static final class ProgressLines extends NullProgressMonitor {
		private final PrintWriter err;
		private final int total;
		private int done;

		ProgressLines(PrintWriter err, int total) {
			this.err = err;
			this.total = total;
		}

		@Override
		public synchronized void subTask(String name) {
			done++;
			err.printf("[%d/%d] %s%n", done, total, name);
			err.flush();
		}
	}
}
