package com.socialyst.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.cli.internal.CommandRegistry;
import com.socialyst.cli.internal.SocialystCli;

/** The registry is a DS component that picks up every CliCommand service, as the product uses it. */
class CommandRegistryServiceTest {

	@Test
	void registeredCommandServiceBecomesASocialystCommand() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(CommandRegistryServiceTest.class).getBundleContext();
		ServiceTracker<CommandRegistry, CommandRegistry> tracker = new ServiceTracker<>(context,
				CommandRegistry.class, null);
		tracker.open();
		try {
			CommandRegistry registry = tracker.waitForService(10_000);
			assertNotNull(registry, "CommandRegistry is published by Declarative Services");

			ServiceRegistration<CliCommand> registration = context.registerService(CliCommand.class,
					new EchoCommand(), null);
			try {
				assertTrue(registry.commands().stream().anyMatch(EchoCommand.class::isInstance));
				CliRun run = CliRun.of(registry.commands(), "echo", "--workspace", "w", "from", "DS");
				assertEquals(ExitCodes.OK, run.exitCode(), run.err());
				assertEquals("from DS", run.out().strip());
			} finally {
				registration.unregister();
			}
			assertFalse(registry.commands().stream().anyMatch(EchoCommand.class::isInstance),
					"an unregistered command disappears");
			assertEquals(ExitCodes.USAGE,
					new SocialystCli(registry.commands()).execute(new String[] { "echo" },
							new java.io.PrintWriter(java.io.Writer.nullWriter()),
							new java.io.PrintWriter(java.io.Writer.nullWriter())));
		} finally {
			tracker.close();
		}
	}
}
