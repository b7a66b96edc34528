package com.socialyst.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.cli.internal.ConsoleProgressMonitor;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.kpi.KpiScore;
import com.socialyst.kpi.Period;
import com.socialyst.kpi.Roi;
import com.socialyst.kpi.Scorecard;
import com.socialyst.kpi.Scorecards;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.Client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst evaluate}: KPI scorecards and ROI of one client or all. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "evaluate", description = {
		"Evaluates the KPIs of one client or every client over a period: actual, baseline, target, progress, "
				+ "pacing, status, trend against the previous period, composite hard/soft/overall scores and ROI with "
				+ "its assumptions. KPIs without data are listed with the reason, never counted as zero.",
		"JSON output (--format json) is one object per client per line; its fields are documented in "
				+ "docs/scorecards.md and stay stable." },
		footer = { "%nExamples:", "  socialyst evaluate -w ~/clients --period 2026-Q3",
				"  socialyst evaluate -w ~/clients --client acme --period 2026-07-01..2026-08-15 --format csv" })
public class EvaluateCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Reference
	MetricRegistry registry;

	@Mixin
	WorkspaceOption workspace;

	@Option(names = "--client", paramLabel = "ID", description = "Only this client (default: all).")
	String client;

	@Option(names = "--period", paramLabel = "PERIOD",
			description = "2026-Q3, 2026-10, 2026 or FROM..TO (default: the last complete quarter before --as-of).")
	String period;

	@Option(names = "--as-of", paramLabel = "DATE", description = "The evaluation day (default: today).")
	LocalDate asOf;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
	OutputFormat format;

	/** How the scorecards are printed. */
	public enum OutputFormat {
		TEXT, JSON, CSV
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		LocalDate day = asOf != null ? asOf : LocalDate.now();
		Period evaluated = period != null ? Period.parse(period) : Period.lastCompleteQuarter(day);
		OpenPortfolio portfolio = workspace.open(err, null);
		List<Client> clients = new ArrayList<>();
		if (client != null) {
			clients.add(workspace.client(portfolio, client));
		} else {
			clients.addAll(portfolio.clients());
		}
		MetricEngine engine = new MetricEngine(registry, portfolio.portfolio());
		SubMonitor progress = SubMonitor.convert(new ConsoleProgressMonitor(err),
				"Evaluating " + clients.size() + " clients for " + evaluated, clients.size());
		CSVPrinter csv = format == OutputFormat.CSV
				? new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(ScorecardCsv.HEADER).build())
				: null;
		for (Client one : clients) {
			progress.split(1).subTask(one.getId());
			Scorecard card = Scorecards.evaluate(engine, one, evaluated, day);
			switch (format) {
				case JSON -> out.println(ScorecardJson.toJson(card));
				case CSV -> ScorecardCsv.print(csv, card);
				case TEXT -> printText(out, card);
			}
		}
		if (csv != null) {
			csv.flush();
		}
		out.flush();
		return portfolio.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
	}

	private static void printText(PrintWriter out, Scorecard card) throws IOException {
		out.printf("%s (%s), %s, as of %s%n", card.clientName(), card.clientId(), card.period(), card.asOf());
		card.notes().forEach(note -> out.println("  note: " + note));
		if (card.strategy() == null) {
			out.println();
			return;
		}
		out.printf("  scores: hard %s, soft %s, overall %s%n", score(card.hardScore()), score(card.softScore()),
				score(card.overallScore()));
		out.printf("  %-34s %-6s %12s %12s %12s %9s %-7s %10s%n", "KPI", "KIND", "ACTUAL", "BASELINE", "TARGET",
				"PROGRESS", "STATUS", "TREND");
		for (KpiScore kpi : card.scores()) {
			out.printf("  %-34s %-6s %12s %12s %12s %9s %-7s %10s%n", cut(kpi.name(), 34), kpi.kind(),
					number(kpi.actual()), number(kpi.baseline()), number(kpi.target()), percent(kpi.progress()),
					kpi.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), percent(kpi.relativeChange()));
		}
		card.missing().forEach(missing -> out.println("  not scored: " + missing));
		Roi roi = card.roi();
		if (roi.explanation() != null) {
			out.println("  ROI: " + roi.explanation());
		} else {
			out.printf("  ROI: %s (soft value -20 %%: %s, +20 %%: %s); investment %s, revenue %s, soft value %s%n",
					percent(roi.roi()), percent(roi.roiSoftMinus20()), percent(roi.roiSoftPlus20()),
					number(roi.investment()), number(roi.revenue()), number(roi.softValue()));
		}
		roi.assumptions().forEach(assumption -> out.println("    assumes " + assumption));
		out.println();
	}

	private static String score(double value) {
		return Double.isNaN(value) ? "no data" : String.format(Locale.ROOT, "%.0f/100", value);
	}

	private static String number(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.4g", value);
	}

	private static String percent(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
	}

	private static String cut(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}
}
