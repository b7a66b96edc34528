package com.socialyst.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.internal.CommandRegistry;
import com.socialyst.cli.internal.SocialystCli;

/** What one {@code socialyst} invocation printed and returned. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(List<CliCommand> commands, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = new SocialystCli(commands).execute(args, new PrintWriter(out), new PrintWriter(err));
		return new CliRun(code, out.toString(), err.toString());
	}

	/** Runs the commands the product has: those the command registry service finds. */
	static CliRun viaRegistry(String... args) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(CliRun.class).getBundleContext();
		ServiceTracker<CommandRegistry, CommandRegistry> tracker = new ServiceTracker<>(context, CommandRegistry.class, null);
		tracker.open();
		try {
			return of(tracker.waitForService(10_000).commands(), args);
		} finally {
			tracker.close();
		}
	}

	List<String> errLines() {
		return err.lines().toList();
	}
}
