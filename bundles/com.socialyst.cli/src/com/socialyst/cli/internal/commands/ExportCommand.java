package com.socialyst.cli.internal.commands;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.core.exports.MeasurementCsvExport;
import com.socialyst.core.storage.AtomicFiles;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst export}: a client's measurements as generic long CSV. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "export", description = "Writes a client's measurements as generic long CSV (date,channel,field,value), "
		+ "which 'socialyst import' reads back and spreadsheets open directly.")
public class ExportCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Mixin
	WorkspaceOption workspace;

	@Option(names = "--client", required = true, paramLabel = "ID", description = "The client's id.")
	String client;

	@Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT", description = "Only csv for now.")
	String format;

	@Option(names = { "--output", "-o" }, paramLabel = "FILE",
			description = "Where to write (replaced atomically); standard output when left out.")
	Path output;

	@Override
	public Integer call() throws Exception {
		if (!"csv".equalsIgnoreCase(format)) {
			throw new IllegalArgumentException("unknown export format '" + format + "' (only csv)");
		}
		PrintWriter err = spec.commandLine().getErr();
		OpenPortfolio portfolio = workspace.open(err, null);
		Client found = workspace.client(portfolio, client);
		if (output == null) {
			PrintWriter out = spec.commandLine().getOut();
			MeasurementCsvExport.write(found, out);
			out.flush();
			return ExitCodes.OK;
		}
		long[] count = new long[1];
		AtomicFiles.write(output, false, stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			count[0] = MeasurementCsvExport.write(found, writer);
			writer.flush();
		});
		err.println("Wrote " + count[0] + " values of " + found.getId() + " to " + output);
		return ExitCodes.OK;
	}
}
