package com.socialyst.cli.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.socialyst.cli.CliCommand;

import picocli.CommandLine.Command;

/** Every {@link CliCommand} registered in the framework, in name order. */
@Component(service = CommandRegistry.class)
public class CommandRegistry {

	private final List<CliCommand> commands = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addCommand(CliCommand command) {
		if (command.getClass().getAnnotation(Command.class) == null) {
			throw new IllegalArgumentException(command.getClass().getName() + " has no picocli @Command annotation");
		}
		commands.add(command);
	}

	public void removeCommand(CliCommand command) {
		commands.remove(command);
	}

	/** The registered commands sorted by command name. */
	public List<CliCommand> commands() {
		return commands.stream().sorted(Comparator.comparing(CommandRegistry::nameOf)).toList();
	}

	static String nameOf(CliCommand command) {
		return command.getClass().getAnnotation(Command.class).name();
	}
}
