package com.socialyst.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Parses a {@code socialyst} command line and runs the command it names. Errors in the
 * command line give one line saying what is wrong, the usage synopsis, and exit code 2.
 */
public class SocialystCli {

	private final List<CliCommand> commands;

	public SocialystCli(List<CliCommand> commands) {
		this.commands = List.copyOf(commands);
	}

	/** Runs {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
	public int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine root = new CommandLine(new RootCommand());
		for (CliCommand command : commands) {
			root.addSubcommand(command);
		}
		root.setCaseInsensitiveEnumValuesAllowed(true); // --format x as well as --format X
		root.setOut(out);
		root.setErr(err);
		root.setParameterExceptionHandler(SocialystCli::usageError);
		root.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			commandLine.getErr().println(prefix(commandLine) + "error: " + describe(ex));
			if (Boolean.getBoolean("socialyst.debug")) {
				ex.printStackTrace(commandLine.getErr());
			}
			return ExitCodes.FAILURE;
		});
		try {
			return root.execute(args);
		} finally {
			out.flush();
			err.flush();
		}
	}

	private static int usageError(ParameterException ex, String[] args) {
		CommandLine commandLine = ex.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println(prefix(commandLine) + oneLine(ex));
		CommandLine.Help help = commandLine.getHelp();
		err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
		err.println("Run 'socialyst help" + (commandLine.getParent() == null ? "" : " " + commandLine.getCommandName())
				+ "' for more information.");
		return ExitCodes.USAGE;
	}

	/** One line naming what is wrong: an unknown command reads differently from a bad option. */
	private static String oneLine(ParameterException ex) {
		if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			boolean atRoot = ex.getCommandLine().getParent() == null;
			if (first.startsWith("-")) {
				return "unknown option '" + first + "'";
			}
			return atRoot ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'";
		}
		return ex.getMessage().lines().findFirst().orElse("invalid command line");
	}

	private static String prefix(CommandLine commandLine) {
		return commandLine.getCommandSpec().qualifiedName() + ": ";
	}

	private static String describe(Throwable ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}
}
