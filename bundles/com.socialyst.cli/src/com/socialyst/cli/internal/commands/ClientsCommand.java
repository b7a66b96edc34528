package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code socialyst clients}: the clients of a portfolio, one per line. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "clients", description = "Lists the clients of a portfolio: id, name, industry, country, report language.",
		footer = "%nExits with 1 when a client file could not be loaded (it is named on standard error).")
public class ClientsCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Mixin
	WorkspaceOption workspace;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		OpenPortfolio portfolio = workspace.open(spec.commandLine().getErr(), null);
		List<Client> clients = portfolio.clients();
		int idWidth = Math.max(2, clients.stream().mapToInt(c -> c.getId().length()).max().orElse(0));
		int nameWidth = Math.max(4, clients.stream().mapToInt(c -> String.valueOf(c.getName()).length()).max().orElse(0));
		String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-21s  %-7s  %s%n";
		out.printf(row, "ID", "NAME", "INDUSTRY", "COUNTRY", "LANGUAGE");
		for (Client client : clients) {
			out.printf(row, client.getId(), client.getName(), client.getIndustry().getLiteral(),
					client.getCountry() == null ? "" : client.getCountry(), client.getReportLocale().getLiteral());
		}
		out.println(clients.size() + " clients");
		return portfolio.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
	}
}
