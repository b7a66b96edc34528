package com.socialyst.cli.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceScope;

import com.socialyst.cli.CliCommand;

import picocli.CommandLine.Command;

/**
 * Every {@link CliCommand} registered in the framework, in name order. Commands registered with prototype scope
 * (as ours are) come as a fresh instance on every {@link #commands()} call: picocli keeps option values in the
 * command object, and a second run on the same object would start from the first run's values.
 */
@Component(service = CommandRegistry.class)
public class CommandRegistry {

	private final List<ComponentServiceObjects<CliCommand>> commands = new CopyOnWriteArrayList<>();

	@Reference(service = CliCommand.class, cardinality = ReferenceCardinality.MULTIPLE,
			policy = ReferencePolicy.DYNAMIC, scope = ReferenceScope.PROTOTYPE)
	public void addCommand(ComponentServiceObjects<CliCommand> command) {
		commands.add(command);
	}

	public void removeCommand(ComponentServiceObjects<CliCommand> command) {
		commands.remove(command);
	}

	/** The registered commands sorted by command name, fresh instances where the service allows. */
	public List<CliCommand> commands() {
		return commands.stream().map(ComponentServiceObjects::getService).filter(c -> c != null).peek(c -> {
			if (c.getClass().getAnnotation(Command.class) == null) {
				throw new IllegalArgumentException(c.getClass().getName() + " has no picocli @Command annotation");
			}
		}).sorted(Comparator.comparing(CommandRegistry::nameOf)).toList();
	}

	static String nameOf(CliCommand command) {
		return command.getClass().getAnnotation(Command.class).name();
	}
}
