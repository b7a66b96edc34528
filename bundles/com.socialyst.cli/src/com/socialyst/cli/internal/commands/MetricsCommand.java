package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.component.annotations.Reference;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.core.storage.PortfolioStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst metrics}: the installed metrics, where each comes from, and what did not install. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "metrics", description = {
		"Lists the installed metrics: id, name, unit and the bundle contributing each (plugins in dropins/ "
				+ "included); with --workspace also the portfolio's formula metrics.",
		"Then lists contributions that could not be read, formula metrics with errors, and plugin jars in "
				+ "dropins/ that are not installed, with the reason." },
		footer = "%nExits with 1 when there is any such problem.")
public class MetricsCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Reference
	MetricRegistry registry;

	@Option(names = { "--workspace", "-w" }, paramLabel = "DIR", description = "Also list this portfolio's formula metrics.")
	Path workspace;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		MetricEngine engine = new MetricEngine(registry,
				workspace == null ? null : PortfolioStore.open(workspace, null).portfolio());
		List<MetricDescriptor> metrics = engine.metrics();
		int idWidth = metrics.stream().mapToInt(m -> m.id().length()).max().orElse(2);
		int nameWidth = metrics.stream().mapToInt(m -> m.name().length()).max().orElse(4);
		String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-8s  %s%n";
		out.printf(row, "ID", "NAME", "UNIT", "FROM");
		for (MetricDescriptor metric : metrics) {
			out.printf(row, metric.id(), metric.name(), metric.unit().id(), metric.contributor());
		}
		out.println(metrics.size() + " metrics");
		List<String> problems = new java.util.ArrayList<>(engine.problems());
		problems.addAll(DropinsReport.problems());
		if (!problems.isEmpty()) {
			out.println();
			out.println("Problems:");
			problems.forEach(problem -> out.println("  " + problem));
		}
		return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
	}
}
