package com.socialyst.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.socialyst.cli.ExitCodes;

/** socialyst report through the command registry, as the product runs it: a batch, its summary and exit codes. */
class ReportCommandTest {

	@TempDir
	static Path temp;

	private static Path demo;

	@BeforeAll
	static void demo() throws Exception {
		demo = temp.resolve("demo");
		assertEquals(ExitCodes.OK, run("demo", "-w", demo.toString(), "--clients", "4", "--days", "200").exitCode());
	}

	@Test
	void aCorruptClientFileFailsItsReportOnlyAndTheSummarySaysWhy() throws Exception {
		Path copy = temp.resolve("corrupt");
		copyTree(demo, copy);
		Path broken;
		try (Stream<Path> files = Files.list(copy.resolve("clients"))) {
			broken = files.sorted().findFirst().orElseThrow();
		}
		Files.writeString(broken, "<not xmi");
		Path out = temp.resolve("out-corrupt");

		CliRun run = run("report", "-w", copy.toString(), "--all", "--period", "2026-Q3", "--out", out.toString());

		assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
		assertEquals(3, run.out().lines().count(), run.out());
		assertTrue(run.err().contains("[3/3]"), "progress per report: " + run.err());
		assertTrue(run.err().contains("failed: ") && run.err().contains(broken.getFileName().toString()), run.err());
		assertTrue(run.err().contains("Summary: 3 written, 1 failed"), run.err());
		try (Stream<Path> files = Files.list(out)) {
			List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
			assertEquals(3, names.size(), names.toString());
			assertTrue(names.stream().allMatch(name -> name.matches("[a-z0-9-]+_client_2026-Q3\\.pdf")), names.toString());
		}
	}

	@Test
	void theOverviewAndOtherFormatsAreOneCommandEach() throws Exception {
		Path out = temp.resolve("out-kinds");
		CliRun overview = run("report", "-w", demo.toString(), "--all", "--kind", "portfolio", "--period", "2026-Q3",
				"--out", out.toString());
		assertEquals(ExitCodes.OK, overview.exitCode(), overview.err());
		assertTrue(Files.isRegularFile(out.resolve("portfolio_2026-Q3.pdf")), overview.out());
		CliRun docx = run("report", "-w", demo.toString(), "--all", "--kind", "maturity", "--format", "docx",
				"--locale", "pl", "--threads", "1", "--period", "2026-Q3", "--out", out.toString());
		assertEquals(ExitCodes.OK, docx.exitCode(), docx.err());
		assertEquals(4, docx.out().lines().filter(line -> line.endsWith("_maturity_2026-Q3.docx")).count(), docx.out());
	}

	@Test
	void badOptionsAreUsageErrors() throws Exception {
		for (List<String> args : List.of(List.of("--all", "--kind", "annual"), List.of("--all", "--format", "odt"),
				List.of("--all", "--locale", "de"), List.of("--all", "--threads", "0"),
				List.of("--all", "--period", "someday"), List.of("--all", "--client", "x"))) {
			List<String> full = new java.util.ArrayList<>(List.of("report", "-w", demo.toString(), "--out",
					temp.resolve("never").toString()));
			full.addAll(args);
			CliRun run = run(full.toArray(String[]::new));
			assertEquals(ExitCodes.USAGE, run.exitCode(), args + ": " + run.err());
		}
		assertTrue(!Files.exists(temp.resolve("never")), "nothing is written after a usage error");
	}

	private static void copyTree(Path from, Path to) throws Exception {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}

	private static CliRun run(String... args) throws InterruptedException {
		return CliRun.viaRegistry(args);
	}
}
