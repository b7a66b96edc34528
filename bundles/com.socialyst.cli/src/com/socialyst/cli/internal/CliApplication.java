package com.socialyst.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;

/** The headless {@code socialyst <command>} application: no display, no workbench. */
public class CliApplication implements IApplication {

	private static final long REGISTRY_WAIT_SECONDS = 30;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		context.applicationRunning();
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		Charset charset = Charset.defaultCharset();
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
		PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
		List<CliCommand> commands = registeredCommands(err);
		if (commands == null) {
			return ExitCodes.FAILURE;
		}
		return new SocialystCli(commands).execute(args, out, err);
	}

	private static List<CliCommand> registeredCommands(PrintWriter err) throws InterruptedException {
		BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
		ServiceTracker<CommandRegistry, CommandRegistry> tracker = new ServiceTracker<>(bundleContext,
				CommandRegistry.class, null);
		tracker.open();
		try {
			CommandRegistry registry = tracker.waitForService(TimeUnit.SECONDS.toMillis(REGISTRY_WAIT_SECONDS));
			if (registry == null) {
				err.println("socialyst: internal error: the command registry did not start"
						+ " (is org.apache.felix.scr installed and started?)");
				return null;
			}
			return registry.commands();
		} finally {
			tracker.close();
		}
	}

	@Override
	public void stop() {
		// Commands run to completion or are interrupted with the JVM; nothing to release here.
	}
}
