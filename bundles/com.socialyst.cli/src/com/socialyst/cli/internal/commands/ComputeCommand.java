package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.component.annotations.Reference;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.MetricResult;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst compute}: one metric's value, for checking numbers and for plugin authors. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "compute", description = "Computes one metric for one client over a period (both days included) "
		+ "and prints the value, or 'no data: reason', or 'metric failed: reason'.",
		footer = { "%nExample:", "  socialyst compute -w ~/clients --client acme --metric ctr --from 2026-07-01 --to 2026-09-30",
				"%nExits with 1 when the metric failed." })
public class ComputeCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Reference
	MetricRegistry registry;

	@Mixin
	WorkspaceOption workspace;

	@Option(names = "--client", required = true, paramLabel = "ID", description = "The client's id.")
	String client;

	@Option(names = "--metric", required = true, paramLabel = "ID", description = "The metric's id (see 'socialyst metrics').")
	String metric;

	@Option(names = "--channel", paramLabel = "PLATFORM[:HANDLE]", description = "Only this channel account (default: all, added up).")
	String channel;

	@Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, yyyy-MM-dd.")
	LocalDate from;

	@Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, yyyy-MM-dd.")
	LocalDate to;

	@Option(names = { "--param", "-p" }, paramLabel = "KEY=VALUE", description = "A metric parameter, e.g. -p per=follower.")
	Map<String, String> parameters = Map.of();

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		OpenPortfolio portfolio = workspace.open(spec.commandLine().getErr(), null);
		Client found = workspace.client(portfolio, client);
		MetricEngine engine = new MetricEngine(registry, portfolio.portfolio());
		if (!engine.knows(metric)) {
			throw new IllegalArgumentException("no metric '" + metric + "' (see socialyst metrics)");
		}
		List<ChannelAccount> scope = channel == null ? List.of() : List.of(channel(found));
		MetricResult result = engine.compute(found, scope, metric, parameters, from, to);
		out.println(result);
		return result.status() == MetricResult.Status.FAILED ? ExitCodes.FAILURE : ExitCodes.OK;
	}

	private ChannelAccount channel(Client found) {
		return found.getChannels().stream()
				.filter(c -> c.getId().equalsIgnoreCase(channel) || c.getPlatform().getLiteral().equalsIgnoreCase(channel))
				.findFirst().orElseThrow(() -> new IllegalArgumentException("client '" + client + "' has no channel '"
						+ channel + "' (it has " + found.getChannels().stream().map(ChannelAccount::getId).toList() + ")"));
	}
}
