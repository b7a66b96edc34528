package com.socialyst.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;

import picocli.CommandLine.Option;

/** The {@code --workspace DIR} option that every command working on a portfolio shares (a picocli mixin). */
public class WorkspaceOption {

	@Option(names = { "--workspace", "-w" }, required = true, paramLabel = "DIR",
			description = "The portfolio folder (holding portfolio.xmi).")
	Path workspace;

	Path folder() {
		return workspace;
	}

	/**
	 * Opens the portfolio, telling on {@code err} which client files could not be loaded; the others load anyway.
	 */
	/** The loaded client {@code id}, or an error saying where to look for the ids. */
	com.socialyst.model.Client client(OpenPortfolio portfolio, String id) {
		return portfolio.client(id).orElseThrow(() -> new IllegalArgumentException(
				"no client '" + id + "' in " + workspace + " (see socialyst clients)"));
	}

	OpenPortfolio open(PrintWriter err, IProgressMonitor monitor) throws IOException {
		OpenPortfolio portfolio = PortfolioStore.open(workspace, monitor);
		portfolio.problems().forEach(problem -> err.println("warning: not loaded: " + problem));
		err.flush();
		return portfolio;
	}
}
