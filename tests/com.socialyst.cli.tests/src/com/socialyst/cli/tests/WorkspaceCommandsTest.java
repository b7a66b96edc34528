package com.socialyst.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.cli.internal.commands.BenchCommand;
import com.socialyst.cli.internal.commands.ClientsCommand;
import com.socialyst.cli.internal.commands.DemoCommand;
import com.socialyst.cli.internal.commands.ExportCommand;
import com.socialyst.cli.internal.commands.ImportCommand;
import com.socialyst.cli.internal.commands.ValidateCommand;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.Client;
import com.socialyst.model.Industry;
import com.socialyst.model.Kpi;
import com.socialyst.model.ReportLocale;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.Strategy;

/** The commands that work on a portfolio folder, run as a user would type them. */
class WorkspaceCommandsTest {

	@TempDir
	Path temp;

	private Path workspace;

	@BeforeEach
	void createWorkspace() throws IOException {
		workspace = temp.resolve("portfolio");
		OpenPortfolio open = PortfolioStore.create(workspace, "Brightline Social");
		open.addClient(client("acme", "Acme Gardens", Industry.RETAIL, ReportLocale.NL));
		open.addClient(client("dunav", "Дунав Софтвер", Industry.TECHNOLOGY, ReportLocale.SR_CYRL));
		open.save(null);
	}

	private static CliRun run(String... args) {
		List<CliCommand> commands = List.of(new ClientsCommand(), new ImportCommand(), new ExportCommand(),
				new ValidateCommand(), new DemoCommand(), new BenchCommand());
		return CliRun.of(commands, args);
	}

	@Test
	void clientsListsIdsAndNames() {
		CliRun run = run("clients", "--workspace", workspace.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).startsWith("ID"), run.out());
		assertTrue(lines.get(1).matches("acme\\s+Acme Gardens\\s+retail\\s+NL\\s+nl"), lines.get(1));
		assertTrue(lines.get(2).matches("dunav\\s+Дунав Софтвер\\s+technology\\s+RS\\s+sr-Cyrl"), lines.get(2));
		assertEquals("2 clients", lines.get(3));
	}

	@Test
	void clientsStillListsTheOthersWhenOneFileIsCorrupt() throws IOException {
		Files.writeString(workspace.resolve("clients/dunav.xmi"), "<broken");
		CliRun run = run("clients", "-w", workspace.toString());
		assertEquals(ExitCodes.FAILURE, run.exitCode());
		assertTrue(run.out().contains("acme"), run.out());
		assertTrue(run.err().contains("clients/dunav.xmi"), run.err());
	}

	@Test
	void importSaysWhatItDidAndASecondRunChangesNothing() throws IOException {
		Path csv = temp.resolve("likes.csv");
		Files.writeString(csv, "date;likes;comments\n01.03.2026;1.204;17\n02.03.2026;1.311;20\n");
		CliRun first = run("import", "-w", workspace.toString(), "--client", "acme", "--channel", "instagram:acme", csv.toString());
		assertEquals(ExitCodes.OK, first.exitCode(), first.err());
		assertTrue(first.out().contains("Created channel account instagram:acme"), first.out());
		assertTrue(first.out().contains("2 rows read: 4 values added, 0 replaced, 0 unchanged"), first.out());

		byte[] saved = Files.readAllBytes(workspace.resolve("clients/acme.xmi"));
		CliRun second = run("import", "-w", workspace.toString(), "--client", "acme", "--channel", "instagram:acme", csv.toString());
		assertEquals(ExitCodes.OK, second.exitCode(), second.err());
		assertTrue(second.out().contains("Nothing changed"), second.out());
		assertArrayEquals(saved, Files.readAllBytes(workspace.resolve("clients/acme.xmi")));

		CliRun export = run("export", "-w", workspace.toString(), "--client", "acme");
		assertEquals(ExitCodes.OK, export.exitCode(), export.err());
		assertEquals(List.of("date,channel,field,value", "2026-03-01,instagram:acme,comments,17",
				"2026-03-02,instagram:acme,comments,20", "2026-03-01,instagram:acme,likes,1204",
				"2026-03-02,instagram:acme,likes,1311"), export.out().lines().toList());
	}

	@Test
	void badImportNamesFileLineAndColumnAndExitsOne() throws IOException {
		Path csv = temp.resolve("bad.csv");
		Files.writeString(csv, "date,likes\n2026-03-01,12\n2026-03-02,n/k\n");
		byte[] before = Files.readAllBytes(workspace.resolve("clients/acme.xmi"));
		CliRun run = run("import", "-w", workspace.toString(), "--client", "acme", "--channel", "x", csv.toString());
		assertEquals(ExitCodes.FAILURE, run.exitCode());
		assertTrue(run.err().contains(csv + ":3: column 2 (likes): \"n/k\" is not a number"), run.err());
		assertTrue(run.err().contains("Nothing was imported"), run.err());
		assertArrayEquals(before, Files.readAllBytes(workspace.resolve("clients/acme.xmi")));
	}

	@Test
	void importOfAnUnknownClientOrFormatIsAnError() throws IOException {
		Path csv = temp.resolve("ok.csv");
		Files.writeString(csv, "date,likes\n2026-03-01,12\n");
		CliRun noClient = run("import", "-w", workspace.toString(), "--client", "nobody", "--channel", "x", csv.toString());
		assertEquals(ExitCodes.FAILURE, noClient.exitCode());
		assertTrue(noClient.err().contains("no client 'nobody'"), noClient.err());
		CliRun badFormat = run("import", "-w", workspace.toString(), "--client", "acme", "--format", "tiktok", csv.toString());
		assertEquals(ExitCodes.USAGE, badFormat.exitCode());
		assertTrue(badFormat.err().contains("--format") && badFormat.err().contains("tiktok"), badFormat.err());
	}

	@Test
	void validateListsProblemsAndExitsOne() throws IOException {
		CliRun clean = run("validate", "-w", workspace.toString());
		assertEquals(ExitCodes.OK, clean.exitCode(), clean.out() + clean.err());
		assertTrue(clean.out().contains("2 clients, no problems"), clean.out());

		OpenPortfolio open = PortfolioStore.open(workspace, null);
		Client acme = open.client("acme").orElseThrow();
		Strategy strategy = SocialystFactory.eINSTANCE.createStrategy();
		Kpi kpi = SocialystFactory.eINSTANCE.createKpi();
		kpi.setId("reach");
		kpi.setName("Reach");
		kpi.setMetricId("engagement_rate_by_reach");
		kpi.setWeight(-1);
		strategy.getKpis().add(kpi);
		acme.getStrategies().add(strategy);
		open.save(null);

		CliRun broken = run("validate", "-w", workspace.toString());
		assertEquals(ExitCodes.FAILURE, broken.exitCode(), broken.out());
		assertTrue(broken.out().lines().anyMatch(l -> l.startsWith("error: acme: ") && l.contains("Reach")
				&& l.contains("weight")), broken.out());
	}

	@Test
	void demoWritesAValidPortfolioAndNeverOverwritesOne() {
		Path demo = temp.resolve("demo");
		CliRun written = run("demo", "--workspace", demo.toString(), "--clients", "3", "--days", "40", "--seed", "7");
		assertEquals(ExitCodes.OK, written.exitCode(), written.err());
		assertTrue(written.out().startsWith("Wrote 3 clients with 40 days of data up to 2026-09-30"), written.out());
		assertTrue(written.err().contains("%]"), "progress on standard error: " + written.err());

		CliRun clients = run("clients", "-w", demo.toString());
		assertEquals(ExitCodes.OK, clients.exitCode(), clients.err());
		assertTrue(clients.out().contains("3 clients"), clients.out());
		CliRun validate = run("validate", "-w", demo.toString());
		assertEquals(ExitCodes.OK, validate.exitCode(), validate.out());

		CliRun again = run("demo", "--workspace", demo.toString());
		assertEquals(ExitCodes.FAILURE, again.exitCode());
		assertTrue(again.err().contains("portfolio.xmi"), again.err());
	}

	@Test
	void benchEndsWithOneJsonObjectOfFigures() {
		CliRun bench = run("bench", "--clients", "2", "--channels", "2", "--days", "20", "--dir",
				temp.resolve("bench").toString());
		assertEquals(ExitCodes.OK, bench.exitCode(), bench.err());
		List<String> lines = bench.out().lines().toList();
		JsonObject figures = JsonParser.parseString(lines.get(lines.size() - 1)).getAsJsonObject();
		assertEquals(2, figures.get("clients").getAsInt());
		assertEquals(4, figures.get("channels").getAsInt());
		assertEquals(0, figures.get("load_problems").getAsInt());
		for (String figure : List.of("values", "write_all_s", "load_all_s", "save_one_client_ms", "import_rows_per_s")) {
			assertTrue(figures.get(figure).getAsDouble() > 0, figure + " in " + figures);
		}
		assertTrue(figures.has("disk_mb") && figures.has("xmi_sample_load_s") && figures.has("binary_sample_load_s"),
				figures.toString());
	}

	private static Client client(String id, String name, Industry industry, ReportLocale locale) {
		Client client = SocialystFactory.eINSTANCE.createClient();
		client.setId(id);
		client.setName(name);
		client.setIndustry(industry);
		client.setCountry(locale == ReportLocale.NL ? "NL" : "RS");
		client.setReportLocale(locale);
		return client;
	}
}
