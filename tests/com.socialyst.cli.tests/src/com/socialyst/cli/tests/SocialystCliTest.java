package com.socialyst.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.cli.internal.SocialystCli;

/** Parsing, help and exit codes of {@code socialyst}, as scripts and users see them. */
class SocialystCliTest {

	private static CliRun run(String... args) {
		return CliRun.of(List.<CliCommand>of(new EchoCommand()), args);
	}

	@Test
	void versionPrintsTheBundleVersionAndExitsZero() {
		CliRun run = run("--version");
		String version = FrameworkUtil.getBundle(SocialystCli.class).getVersion().toString();
		assertEquals(ExitCodes.OK, run.exitCode());
		assertEquals("Socialyst " + version, run.out().lines().findFirst().orElseThrow());
		assertTrue(version.startsWith("0.1.0."), version);
	}

	@Test
	void helpListsEveryRegisteredCommand() {
		CliRun run = run("help");
		assertEquals(ExitCodes.OK, run.exitCode());
		assertTrue(run.out().contains("Usage: socialyst"), run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.trim().startsWith("echo") && l.contains("Prints its words.")),
				run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.trim().startsWith("help")), run.out());
	}

	@Test
	void helpForOneCommandShowsItsOptions() {
		CliRun run = run("help", "echo");
		assertEquals(ExitCodes.OK, run.exitCode());
		assertTrue(run.out().contains("Usage: socialyst echo"), run.out());
		assertTrue(run.out().contains("--workspace=DIR"), run.out());
	}

	@Test
	void unknownCommandIsOneLineErrorPlusUsageAndExitTwo() {
		CliRun run = run("frobnicate");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals("socialyst: unknown command 'frobnicate'", run.errLines().get(0));
		assertTrue(run.errLines().get(1).startsWith("Usage: socialyst"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void helpForUnknownCommandExitsTwo() {
		CliRun run = run("help", "frobnicate");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.errLines().get(0).contains("frobnicate"), run.err());
	}

	@Test
	void unknownRootOptionExitsTwo() {
		CliRun run = run("--frobnicate");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals("socialyst: unknown option '--frobnicate'", run.errLines().get(0));
	}

	@Test
	void unknownCommandOptionNamesTheCommand() {
		CliRun run = run("echo", "--workspace", "w", "--bogus");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals("socialyst echo: unknown option '--bogus'", run.errLines().get(0));
		assertTrue(run.errLines().get(1).startsWith("Usage: socialyst echo"), run.err());
	}

	@Test
	void missingRequiredOptionExitsTwo() {
		CliRun run = run("echo", "hello");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.errLines().get(0).startsWith("socialyst echo: Missing required option: '--workspace=DIR'"),
				run.err());
	}

	@Test
	void malformedOptionValueExitsTwo() {
		CliRun run = run("echo", "--workspace", "w", "--times", "many");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.errLines().get(0).contains("'many'"), run.err());
	}

	@Test
	void commandRunsWithItsOptions() {
		CliRun run = run("echo", "--workspace", "w", "--times", "2", "hello", "world");
		assertEquals(ExitCodes.OK, run.exitCode());
		assertEquals(List.of("hello world", "hello world"), run.out().lines().toList());
		assertEquals("", run.err());
	}

	@Test
	void failingCommandPrintsOneLineAndExitsOne() {
		CliRun run = run("echo", "--workspace", "w", "--fail");
		assertEquals(ExitCodes.FAILURE, run.exitCode());
		assertEquals(List.of("socialyst echo: error: asked to fail in w"), run.errLines());
	}

	@Test
	void noArgumentsPrintsUsageAndExitsTwo() {
		CliRun run = run();
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("Usage: socialyst"), run.err());
	}
}
