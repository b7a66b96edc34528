package com.socialyst.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ServiceScope;

import com.google.gson.Gson;
import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.cli.internal.ConsoleProgressMonitor;
import com.socialyst.core.bench.StorageBench;
import com.socialyst.core.demo.DemoPortfolio;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.bench.MetricBench;
import com.socialyst.kpi.Period;
import com.socialyst.report.Reports;
import com.socialyst.kpi.Scorecards;
import com.socialyst.model.Client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst bench}: the product's speed figures, measured on a realistic demo portfolio. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "bench", description = {
		"Measures speed on a demo portfolio: writing and loading all clients, size on disk, saving one client, "
				+ "import rows per second, XMI against EMF binary on a sample, and evaluating 12 KPIs per client for "
				+ "the last quarter against a plain Java loop over the same arrays, and writing client PDF reports "
				+ "(all at once on every processor, engine start included, then the median of single reports).",
		"Prints the figures, then, as its last line, one JSON object with all of them." },
		footer = { "%nTargets (2 cores): load all <= 3 s and save one client <= 100 ms for 1,000 clients x 6 channels x 730 days;",
				"  KPI evaluation <= 2 s with engine_to_loop_ratio <= 3;",
				"  100 client PDF reports <= 30 s, report engine start included (reports_s)." })
public class BenchCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	/**
	 * The KPIs evaluated for every client: twelve standard metrics, from applause to ROI, each on all of the
	 * client's channels.
	 */
	static final List<String> KPI_SET = List.of("engagement_rate_by_impressions", "engagement_rate_by_reach",
			"engagement_rate_by_followers", "conversation_rate", "amplification_rate", "applause_rate", "virality_rate",
			"follower_growth_rate", "ctr", "conversion_rate", "cost_per_acquisition", "social_roi");

	/** Null outside OSGi (tests): the KPI evaluation is then left out. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	MetricRegistry registry;

	@Option(names = "--clients", defaultValue = "1000", paramLabel = "N", description = "Clients (default: ${DEFAULT-VALUE}).")
	int clients;

	@Option(names = "--channels", defaultValue = "6", paramLabel = "C", description = "Channel accounts per client (default: ${DEFAULT-VALUE}).")
	int channels;

	@Option(names = "--days", defaultValue = "730", paramLabel = "D", description = "Days per series (default: ${DEFAULT-VALUE}).")
	int days;

	/** Null outside OSGi (tests): report generation is then left out. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	Reports reports;

	@Option(names = "--reports", defaultValue = "100", paramLabel = "R",
			description = "Client PDF reports to write, engine start included (default: ${DEFAULT-VALUE}; 0 leaves them out).")
	int reportCount;

	@Option(names = "--dir", paramLabel = "DIR", description = "Where to write the benchmark portfolio (default: a temporary folder, deleted afterwards).")
	Path dir;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Path folder = dir != null ? dir : Files.createTempDirectory("socialyst-bench");
		try {
			ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(spec.commandLine().getErr());
			StorageBench.Result storage = StorageBench.run(folder, clients, channels, days, monitor);
			Map<String, Object> figures = new LinkedHashMap<>(storage.figures());
			if (registry != null) {
				MetricEngine engine = new MetricEngine(registry, storage.portfolio().portfolio());
				LocalDate end = DemoPortfolio.Options.DEFAULT_END_DATE;
				LocalDate quarterStart = end.withDayOfMonth(1).minusMonths((end.getMonthValue() - 1) % 3);
				figures.putAll(MetricBench.run(storage.portfolio().clients(), engine, KPI_SET, quarterStart, end, monitor));
				figures.putAll(scorecards(storage.portfolio().clients(), engine, new Period(quarterStart, end), end));
			}
			if (reports != null && reportCount > 0) {
				figures.putAll(ReportBench.run(reports, storage.portfolio(), reportCount, folder.resolve("reports"),
						new Period(DemoPortfolio.Options.DEFAULT_END_DATE.withDayOfMonth(1).minusMonths(2),
								DemoPortfolio.Options.DEFAULT_END_DATE), spec.commandLine().getErr()));
			}
			figures.forEach((name, value) -> out.printf("%-22s %s%n", name, value));
			out.println(new Gson().toJson(figures));
			return ExitCodes.OK;
		} finally {
			if (dir == null) {
				delete(folder);
			}
		}
	}

	/** Every client's real scorecard (its own KPIs, trend against the previous quarter, ROI), as evaluate does. */
	private static Map<String, Object> scorecards(List<Client> clients, MetricEngine engine, Period period, LocalDate asOf) {
		long start = System.nanoTime();
		long kpis = 0;
		for (Client client : clients) {
			kpis += Scorecards.evaluate(engine, client, period, asOf).scores().size();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("scorecard_kpis", kpis);
		figures.put("scorecards_s", Math.round(seconds * 1000) / 1000.0);
		return figures;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
