package com.socialyst.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.socialyst.cli.ExitCodes;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.FormulaMetric;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Platform;
import com.socialyst.model.SocialystFactory;

/** metrics and compute, run through the command registry as the product runs them (with the metric registry). */
class MetricCommandsTest {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	@TempDir
	Path workspace;

	@BeforeEach
	void createWorkspace() throws IOException {
		OpenPortfolio open = PortfolioStore.create(workspace, "P");
		open.portfolio().getFormulaMetrics().add(formula("reply_share", "replies / comments"));
		open.portfolio().getFormulaMetrics().add(formula("loop", "loop + 1"));
		Client client = FACTORY.createClient();
		client.setId("acme");
		client.setName("Acme");
		ChannelAccount x = FACTORY.createChannelAccount();
		x.setPlatform(Platform.X);
		x.setHandle("acme");
		x.getSeries().add(series("comments", 10, 30));
		x.getSeries().add(series("replies", 5, 15));
		client.getChannels().add(x);
		open.addClient(client);
		open.save(null);
	}

	@Test
	void computePrintsValueNoDataOrFailure() throws Exception {
		// (5 + 15) / (10 + 30) = 0.5
		CliRun value = run("compute", "-w", workspace.toString(), "--client", "acme", "--metric", "reply_share",
				"--from", "2026-03-01", "--to", "2026-03-02");
		assertEquals(ExitCodes.OK, value.exitCode(), value.err());
		assertEquals("0.5", value.out().strip());

		CliRun noData = run("compute", "-w", workspace.toString(), "--client", "acme", "--metric", "reply_share",
				"--channel", "x:acme", "--from", "2026-04-01", "--to", "2026-04-30");
		assertEquals(ExitCodes.OK, noData.exitCode(), noData.err());
		assertTrue(noData.out().startsWith("no data: "), noData.out());

		CliRun failed = run("compute", "-w", workspace.toString(), "--client", "acme", "--metric", "loop", "--from",
				"2026-03-01", "--to", "2026-03-02");
		assertEquals(ExitCodes.FAILURE, failed.exitCode());
		assertEquals("metric failed: refers to itself: loop → loop", failed.out().strip());

		CliRun unknown = run("compute", "-w", workspace.toString(), "--client", "acme", "--metric", "klout", "--from",
				"2026-03-01", "--to", "2026-03-02");
		assertEquals(ExitCodes.FAILURE, unknown.exitCode());
		assertTrue(unknown.err().contains("no metric 'klout'"), unknown.err());
	}

	@Test
	void metricsListsFormulaMetricsAndTheirProblems() throws Exception {
		CliRun run = run("metrics", "--workspace", workspace.toString());
		assertEquals(ExitCodes.FAILURE, run.exitCode(), "the looping formula is a problem: " + run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.matches("reply_share\\s+reply_share\\s+ratio\\s+portfolio")), run.out());
		assertTrue(run.out().contains("formula metric 'loop': refers to itself"), run.out());
	}

	@Test
	void benchEvaluatesTwelveKpisPerClientAgainstAPlainLoop() throws Exception {
		CliRun bench = run("bench", "--clients", "3", "--channels", "2", "--days", "120", "--dir",
				workspace.resolve("bench").toString());
		assertEquals(ExitCodes.OK, bench.exitCode(), bench.err());
		List<String> lines = bench.out().lines().toList();
		com.google.gson.JsonObject figures = com.google.gson.JsonParser.parseString(lines.get(lines.size() - 1))
				.getAsJsonObject();
		assertEquals(12, figures.get("kpis_per_client").getAsInt(), figures.toString());
		// 3 demo clients and the benchmark's import client, 12 KPIs each
		assertEquals(4 * 12, figures.get("kpi_evaluations").getAsInt(), figures.toString());
		assertEquals(0, figures.get("kpi_failed").getAsInt(), figures.toString());
		assertTrue(figures.get("kpi_values").getAsInt() > 0, figures.toString());
		assertTrue(figures.get("kpi_data_points").getAsLong() > 0, figures.toString());
		assertTrue(figures.get("engine_to_loop_ratio").getAsDouble() > 0, figures.toString());
	}

	@Test
	void evaluatePrintsScorecardsAsTextJsonAndCsv() throws Exception {
		java.nio.file.Path demo = workspace.resolve("demo");
		assertEquals(ExitCodes.OK, run("demo", "-w", demo.toString(), "--clients", "2", "--days", "200").exitCode());

		CliRun json = run("evaluate", "-w", demo.toString(), "--period", "2026-Q3", "--as-of", "2026-10-01", "--format", "json");
		assertEquals(ExitCodes.OK, json.exitCode(), json.err());
		List<String> lines = json.out().lines().toList();
		assertEquals(2, lines.size(), json.out());
		com.google.gson.JsonObject card = com.google.gson.JsonParser.parseString(lines.get(0)).getAsJsonObject();
		assertEquals("2026-Q3", card.get("period").getAsString());
		assertEquals("2026-07-01", card.get("from").getAsString());
		com.google.gson.JsonArray scores = card.getAsJsonArray("scores");
		assertTrue(scores.size() > 0, card.toString());
		for (com.google.gson.JsonElement element : scores) {
			com.google.gson.JsonObject score = element.getAsJsonObject();
			assertTrue(score.has("actual") && score.has("status") && score.has("progress") && score.has("relativeChange"),
					score.toString());
			assertTrue(score.get("explanation").isJsonNull() || !score.get("explanation").getAsString().startsWith("metric failed"),
					"no metric fails on demo data: " + score);
		}
		assertTrue(card.getAsJsonObject("roi").has("roiSoftPlus20"), card.toString());

		CliRun csv = run("evaluate", "-w", demo.toString(), "--client", card.get("clientId").getAsString(), "--period",
				"2026-Q3", "--as-of", "2026-10-01", "--format", "csv");
		assertEquals(ExitCodes.OK, csv.exitCode(), csv.err());
		assertTrue(csv.out().startsWith("client,period,kpi,name,kind,metric,weight,actual,"), csv.out());
		assertEquals(scores.size() + 1, csv.out().lines().count());

		CliRun text = run("evaluate", "-w", demo.toString(), "--period", "2026-Q3", "--as-of", "2026-10-01");
		assertTrue(text.out().contains("scores: hard "), text.out());
		assertTrue(text.out().contains("ROI: "), text.out());

		CliRun diagnose = run("diagnose", "-w", demo.toString(), "--as-of", "2026-09-30", "--format", "json");
		assertEquals(ExitCodes.OK, diagnose.exitCode(), diagnose.err());
		com.google.gson.JsonObject weak = com.google.gson.JsonParser.parseString(diagnose.out().lines().toList().get(1))
				.getAsJsonObject();
		// demo client 1 tracks no conversions and has likes-and-follows KPIs only
		com.google.gson.JsonArray findings = weak.getAsJsonArray("findings");
		assertTrue(findings.toString().contains("\"category\":\"roi-not-measured\""), findings.toString());
		com.google.gson.JsonObject first = findings.get(0).getAsJsonObject();
		assertTrue(first.has("severity") && first.has("evidence") && first.has("recommendation"), first.toString());
		CliRun diagnoseText = run("diagnose", "-w", demo.toString(), "--as-of", "2026-09-30");
		assertTrue(diagnoseText.out().contains("evidence: "), diagnoseText.out());

		CliRun badPeriod = run("evaluate", "-w", demo.toString(), "--period", "Q3");
		assertEquals(ExitCodes.FAILURE, badPeriod.exitCode());
		assertTrue(badPeriod.err().contains("unknown period 'Q3'") && badPeriod.err().contains("2026-Q3"), badPeriod.err());
	}

	private static CliRun run(String... args) throws InterruptedException {
		return CliRun.viaRegistry(args);
	}

	private static FormulaMetric formula(String id, String expression) {
		FormulaMetric metric = FACTORY.createFormulaMetric();
		metric.setId(id);
		metric.setName(id);
		metric.setExpression(expression);
		return metric;
	}

	private static MeasurementSeries series(String field, double... values) {
		MeasurementSeries series = FACTORY.createMeasurementSeries();
		series.setField(field);
		series.setStart(LocalDate.of(2026, 3, 1));
		series.setValues(values);
		return series;
	}
}
