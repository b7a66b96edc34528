package com.socialyst.cli.tests;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A small command that exercises required options, parameters and failures. */
@Command(name = "echo", description = "Prints its words.")
public class EchoCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Option(names = "--workspace", required = true, paramLabel = "DIR", description = "A folder.")
	String workspace;

	@Option(names = "--times", defaultValue = "1", description = "How often.")
	int times;

	@Option(names = "--fail", description = "Fail with an exception.")
	boolean fail;

	@Parameters(arity = "0..*")
	java.util.List<String> words = java.util.List.of();

	@Override
	public Integer call() {
		if (fail) {
			throw new IllegalStateException("asked to fail in " + workspace);
		}
		for (int i = 0; i < times; i++) {
			spec.commandLine().getOut().println(String.join(" ", words));
		}
		return ExitCodes.OK;
	}
}
