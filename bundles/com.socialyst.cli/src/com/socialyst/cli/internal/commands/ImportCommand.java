package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.cli.internal.ConsoleProgressMonitor;
import com.socialyst.core.imports.ImportException;
import com.socialyst.core.imports.ImportFormat;
import com.socialyst.core.imports.ImportOptions;
import com.socialyst.core.imports.ImportReport;
import com.socialyst.core.imports.ImportRequest;
import com.socialyst.core.imports.PlatformDataImporter;
import com.socialyst.core.storage.OpenPortfolio;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code socialyst import}: platform exports into a client. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "import", description = {
		"Imports platform exports into a client: X analytics, Meta (Facebook Page, Instagram), LinkedIn page "
				+ "analytics, GA4 traffic by source, listening mentions, or generic long/wide CSV.",
		"All-or-nothing: any bad row or any value that contradicts the workspace stops the import and is listed "
				+ "with its file, line and column; the workspace is left unchanged. Importing the same file twice "
				+ "changes nothing." },
		footer = { "%nExamples:", "  socialyst import -w ~/clients --client acme --channel x:acme tweet_activity.csv",
				"  socialyst import -w ~/clients --client acme --channel facebook --date-format dd/MM/yyyy page.csv",
				"  socialyst import -w ~/clients --client acme mentions.csv",
				"%nSupported headers of each format: docs/import-formats.md" })
public class ImportCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Mixin
	WorkspaceOption workspace;

	@Option(names = "--client", required = true, paramLabel = "ID", description = "The client's id (see 'socialyst clients').")
	String client;

	@Option(names = "--channel", paramLabel = "PLATFORM[:HANDLE]",
			description = "The channel account, e.g. linkedin:acme-corp; created when the client has none. "
					+ "Not needed for mentions or for generic long CSV with a channel column.")
	String channel;

	@Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
			description = "auto, generic, x, meta, linkedin, ga4 or mentions (default: auto, detected from the header).")
	ImportFormat format;

	@Option(names = "--date-format", paramLabel = "PATTERN",
			description = "How dates are written, when they are ambiguous: e.g. dd/MM/yyyy or MM/dd/yyyy.")
	String dateFormat;

	@Option(names = "--skip-bad-rows", description = "Import the good rows and list the bad ones, instead of importing nothing.")
	boolean skipBadRows;

	@Option(names = "--replace", description = "Overwrite values the workspace already holds for the same day.")
	boolean replace;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import, in this order.")
	List<Path> files;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ImportOptions options = new ImportOptions(format, dateFormat, skipBadRows, replace);
		OpenPortfolio portfolio = workspace.open(err, null);
		try {
			ImportReport report = PlatformDataImporter.run(portfolio, new ImportRequest(client, channel, files, options),
					new ConsoleProgressMonitor(err));
			report.describe().forEach(out::println);
			return ExitCodes.OK;
		} catch (ImportException e) {
			err.println("socialyst import: " + e.getMessage());
			err.println("Nothing was imported; the workspace is unchanged.");
			return ExitCodes.FAILURE;
		}
	}
}
