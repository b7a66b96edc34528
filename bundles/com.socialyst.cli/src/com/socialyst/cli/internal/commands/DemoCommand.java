package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.cli.internal.ConsoleProgressMonitor;
import com.socialyst.core.demo.DemoPortfolio;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst demo}: a realistic, deterministic portfolio to try the product on. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "demo", description = {
		"Writes a demo portfolio: clients in 12 industries and 5 report languages, two years of daily platform "
				+ "data with seasonality, growth and campaigns, mentions, budgets and initiatives. Some clients are "
				+ "healthy; others show the classic causes of weak results (no executive sponsor, social confined to "
				+ "marketing, likes-and-follows KPIs only, no conversion tracking, tiny budget, channels without "
				+ "strategy).",
		"The same options always write the same files. The folder must not hold a portfolio yet." },
		footer = { "%nExample:", "  socialyst demo --workspace ~/socialyst-demo" })
public class DemoCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Option(names = { "--workspace", "-w" }, required = true, paramLabel = "DIR", description = "The folder to create.")
	Path workspace;

	@Option(names = "--clients", defaultValue = "12", paramLabel = "N", description = "Number of clients, 1 to 5000 (default: ${DEFAULT-VALUE}).")
	int clients;

	@Option(names = "--days", defaultValue = "730", paramLabel = "D", description = "Days of data per series (default: ${DEFAULT-VALUE}).")
	int days;

	@Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		DemoPortfolio.Options defaults = DemoPortfolio.Options.defaults();
		DemoPortfolio.Options options = new DemoPortfolio.Options(clients, days, seed, defaults.endDate());
		long start = System.nanoTime();
		DemoPortfolio.write(workspace, options,
				new ConsoleProgressMonitor(spec.commandLine().getErr()));
		// counted from the options: portfolio.clients() would load every client just written
		out.printf("Wrote %d clients with %d days of data up to %s to %s in %.1f s%n", options.clients(), days,
				options.endDate(), workspace, (System.nanoTime() - start) / 1e9);
		out.println("Open it in the workbench, or try: socialyst clients --workspace " + workspace);
		return ExitCodes.OK;
	}
}
