package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.cli.internal.ConsoleProgressMonitor;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.validation.PortfolioValidation;
import com.socialyst.core.validation.ValidationProblem;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code socialyst validate}: every problem of a portfolio. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "validate", description = "Checks a portfolio and prints every problem (errors and warnings), "
		+ "naming the client, the object and the field.",
		footer = "%nExits with 1 when there is any problem, including a client file that cannot be loaded.")
public class ValidateCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Mixin
	WorkspaceOption workspace;

	/** Null only when run outside OSGi (tests): metric ids are then not checked. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	MetricRegistry registry;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		OpenPortfolio portfolio = workspace.open(err, new ConsoleProgressMonitor(err));
		// KPIs must name an installed metric or one of the portfolio's formula metrics.
		MetricEngine engine = registry == null ? null : new MetricEngine(registry, portfolio.portfolio());
		List<ValidationProblem> problems = PortfolioValidation.validate(portfolio, engine == null ? null : engine::knows,
				new ConsoleProgressMonitor(err));
		if (engine != null) {
			engine.problems().forEach(problem -> out.println("error: " + problem));
		}
		problems.forEach(out::println);
		portfolio.problems().forEach(problem -> out.println("error: " + problem));
		int total = problems.size() + portfolio.problems().size() + (engine == null ? 0 : engine.problems().size());
		out.println(total == 0 ? portfolio.clients().size() + " clients, no problems"
				: total + " problems in " + workspace.folder());
		return total == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
	}
}
