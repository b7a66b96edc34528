package com.socialyst.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.socialyst.cli.ExitCodes;

/** assess, assessment and questions on a demo portfolio, through the command registry as the product runs them. */
class AssessmentCommandsTest {

	@TempDir
	static Path temp;

	/** 13 demo clients: the first (retail) has one retail peer, too few for a benchmark. */
	private static Path small;
	/** 61 demo clients: six retailers, so the first one has five peers. */
	private static Path large;

	@BeforeAll
	static void demos() throws Exception {
		small = temp.resolve("small");
		large = temp.resolve("large");
		assertEquals(ExitCodes.OK, run("demo", "-w", small.toString(), "--clients", "13", "--days", "30").exitCode());
		assertEquals(ExitCodes.OK, run("demo", "-w", large.toString(), "--clients", "61", "--days", "30").exitCode());
	}

	@Test
	void demoClientsHaveAnAssessmentWithHistoryAndNoBenchmarkWithoutFivePeers() throws Exception {
		String id = firstClient(small);
		CliRun run = run("assessment", "-w", small.toString(), "--client", id);
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("Stage: "), run.out());
		assertTrue(run.out().contains("previous "), "the change since the previous assessment: " + run.out());
		assertTrue(run.out().contains("Peers: not enough peers (1 retail clients assessed; 5 needed)"), run.out());
		assertTrue(run.out().contains("Measurement and attribution"), run.out());
		assertTrue(!run.out().contains("median"), "no figure of a single peer: " + run.out());
	}

	@Test
	void benchmarkWithFivePeersInJson() throws Exception {
		String id = firstClient(large);
		CliRun run = run("assessment", "-w", large.toString(), "--client", id, "--format", "json", "--locale", "sr-Cyrl");
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(5, json.getAsJsonObject("peers").get("count").getAsInt());
		assertTrue(json.getAsJsonObject("peers").get("enough").getAsBoolean());
		JsonObject first = json.getAsJsonArray("dimensions").get(0).getAsJsonObject();
		assertEquals("reach", first.get("id").getAsString());
		assertTrue(first.getAsJsonObject("peers").has("median"), first.toString());
		assertTrue(first.get("name").getAsString().codePoints()
				.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC), first.toString());
		assertEquals(2, json.getAsJsonArray("history").size());
		assertTrue(json.get("stage").isJsonObject(), run.out());
	}

	@Test
	void badAnswersAreAllListedAndNothingIsRecorded() throws Exception {
		String id = firstClient(small);
		Path clientFile = small.resolve("clients").resolve(id + ".xmi");
		byte[] before = Files.readAllBytes(clientFile);
		Path answers = temp.resolve("bad.csv");
		Files.writeString(answers, "question,level\nreach.customer-care,3\nreach.nonsense,2\nleadership.sponsor,7\n");
		CliRun run = run("assess", "-w", small.toString(), "--client", id, "--answers", answers.toString());
		assertEquals(ExitCodes.FAILURE, run.exitCode());
		assertTrue(run.err().contains(answers + ":3: column 'question': unknown question id 'reach.nonsense'"), run.err());
		assertTrue(run.err().contains(answers + ":4: column 'level': level '7' is out of range"), run.err());
		assertTrue(run.err().contains("Nothing was recorded"), run.err());
		assertArrayEquals(before, Files.readAllBytes(clientFile));
	}

	@Test
	void assessFromTheTemplateRecordsAndScores() throws Exception {
		CliRun template = run("questions", "--csv");
		assertEquals(ExitCodes.OK, template.exitCode(), template.err());
		List<String> rows = template.out().lines().toList();
		assertEquals("question,level,comment,text", rows.get(0));
		assertEquals(34, rows.size(), "a row per question of the built-in model");
		// fill in every level with 4: the client becomes Converged
		StringBuilder filled = new StringBuilder("date,2027-01-15\n" + rows.get(0) + "\n");
		rows.stream().skip(1).map(row -> row.replaceFirst(",,", ",4,")).forEach(row -> filled.append(row).append('\n'));
		Path answers = temp.resolve("all-four.csv");
		Files.writeString(answers, filled);

		Path workspace = temp.resolve("assess");
		assertEquals(ExitCodes.OK, run("demo", "-w", workspace.toString(), "--clients", "1", "--days", "10").exitCode());
		String id = firstClient(workspace);
		CliRun assess = run("assess", "-w", workspace.toString(), "--client", id, "--answers", answers.toString());
		assertEquals(ExitCodes.OK, assess.exitCode(), assess.err());
		assertTrue(assess.out().contains("on 2027-01-15 (33 answers)"), assess.out());
		assertTrue(assess.out().contains("Stage: Converged, overall 100.0 / 100; previous "), assess.out());

		CliRun json = run("assessment", "-w", workspace.toString(), "--client", id, "--format", "json");
		JsonObject result = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals("2027-01-15", result.get("date").getAsString());
		assertEquals("converged", result.getAsJsonObject("stage").get("id").getAsString());
		assertEquals(3, result.getAsJsonArray("history").size());
	}

	@Test
	void questionsAreListedWithLevelsAndAnUnknownLocaleIsAUsageError() throws Exception {
		CliRun nl = run("questions", "--locale", "nl");
		assertEquals(ExitCodes.OK, nl.exitCode(), nl.err());
		assertTrue(nl.out().contains("measurement.conversion-tracking"), nl.out());
		CliRun bad = run("questions", "--locale", "de");
		assertEquals(ExitCodes.USAGE, bad.exitCode());
		assertTrue(bad.err().contains("unknown --locale 'de': use one of en, nl, pl, id, sr-Latn, sr-Cyrl"), bad.err());
	}

	private static String firstClient(Path workspace) throws Exception {
		CliRun clients = run("clients", "-w", workspace.toString());
		return clients.out().lines().skip(1).findFirst().orElseThrow().trim().split("\\s+")[0];
	}

	private static CliRun run(String... args) throws InterruptedException {
		return CliRun.viaRegistry(args);
	}
}
