package com.socialyst.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import com.google.gson.Gson;
import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.cli.internal.ConsoleProgressMonitor;
import com.socialyst.core.bench.StorageBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst bench}: the product's speed figures, measured on a realistic demo portfolio. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "bench", description = {
		"Measures speed on a demo portfolio: writing and loading all clients, size on disk, saving one client, "
				+ "import rows per second, and XMI against EMF binary on a sample.",
		"Prints the figures, then, as its last line, one JSON object with all of them." },
		footer = { "%nTargets (2 cores): load all <= 3 s and save one client <= 100 ms for 1,000 clients x 6 channels x 730 days." })
public class BenchCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Option(names = "--clients", defaultValue = "1000", paramLabel = "N", description = "Clients (default: ${DEFAULT-VALUE}).")
	int clients;

	@Option(names = "--channels", defaultValue = "6", paramLabel = "C", description = "Channel accounts per client (default: ${DEFAULT-VALUE}).")
	int channels;

	@Option(names = "--days", defaultValue = "730", paramLabel = "D", description = "Days per series (default: ${DEFAULT-VALUE}).")
	int days;

	@Option(names = "--dir", paramLabel = "DIR", description = "Where to write the benchmark portfolio (default: a temporary folder, deleted afterwards).")
	Path dir;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Path folder = dir != null ? dir : Files.createTempDirectory("socialyst-bench");
		try {
			Map<String, Object> figures = StorageBench.run(folder, clients, channels, days,
					new ConsoleProgressMonitor(spec.commandLine().getErr()));
			figures.forEach((name, value) -> out.printf("%-22s %s%n", name, value));
			out.println(new Gson().toJson(figures));
			return ExitCodes.OK;
		} finally {
			if (dir == null) {
				delete(folder);
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
