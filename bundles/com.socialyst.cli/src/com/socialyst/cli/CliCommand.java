package com.socialyst.cli;

import java.util.concurrent.Callable;

/**
 * One {@code socialyst <name>} command.
 * <p>
 * An implementation is a picocli {@code @Command} class (its name, options and help come from
 * the annotations) registered as an OSGi service of this type, usually with
 * {@code @Component(service = CliCommand.class)}. The command registry picks up every
 * registered command; nothing else needs to change to add one. {@link #call()} returns one of
 * the {@link ExitCodes}. A command writes through {@code spec.commandLine().getOut()} and
 * {@code getErr()} (inject the spec with picocli's {@code @Spec}) so that tests can capture
 * what it prints.
 * </p>
 */
public interface CliCommand extends Callable<Integer> {
}
