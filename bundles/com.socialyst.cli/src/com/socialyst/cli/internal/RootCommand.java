package com.socialyst.cli.internal;

import java.util.concurrent.Callable;

import com.socialyst.cli.ExitCodes;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code socialyst} itself: global options and the list of commands. */
@Command(name = "socialyst", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		subcommands = CommandLine.HelpCommand.class,
		synopsisSubcommandLabel = "COMMAND",
		description = "Social-media strategy workbench for consultants: headless commands for batch use.%n"
				+ "Run without arguments to open the workbench.",
		footer = "%nRun 'socialyst help COMMAND' for the options of one command.")
public class RootCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	/** Only reached without a command: say what is possible and fail as a usage error. */
	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}
}
