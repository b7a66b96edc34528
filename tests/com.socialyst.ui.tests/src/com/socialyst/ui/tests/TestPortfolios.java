package com.socialyst.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;

import com.socialyst.core.demo.DemoPortfolio;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.ui.internal.session.PortfolioSession;
import com.socialyst.ui.testing.UiBot;

/** Demo portfolios written to temporary folders and opened in the workbench as a user would. */
final class TestPortfolios {

	private TestPortfolios() {
	}

	/** Writes the 12-client demo portfolio (a year of data) to a new temporary folder. */
	static Path demo() {
		return demo(DemoPortfolio.Options.defaults());
	}

	/** A demo portfolio of {@code clients} clients with {@code days} days of data: quick to write and open. */
	static Path small(int clients, int days) {
		return demo(new DemoPortfolio.Options(clients, days, DemoPortfolio.Options.DEFAULT_SEED,
				DemoPortfolio.Options.DEFAULT_END_DATE));
	}

	static Path demo(DemoPortfolio.Options options) {
		try {
			Path folder = Files.createTempDirectory("socialyst-ui-test");
			DemoPortfolio.write(folder, options, new NullProgressMonitor());
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Opens {@code folder} (closing editors without saving) and waits until the session holds it. */
	static OpenPortfolio open(UiBot bot, Path folder) {
		bot.syncRun(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
		try {
			Job opening = PortfolioSession.get().open(folder);
			opening.join();
			if (!opening.getResult().isOK()) {
				throw new AssertionError("opening " + folder + " failed: " + opening.getResult());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
		bot.waitUntil("portfolio " + folder + " open", () -> {
			OpenPortfolio open = PortfolioSession.get().portfolio();
			return open != null && open.folder().equals(folder);
		});
		return PortfolioSession.get().portfolio();
	}

	/** Closes the open portfolio, so the next test (or the empty-state test) starts without one. */
	static void close(UiBot bot) {
		bot.syncRun(() -> PortfolioSession.get().setPortfolio(null));
	}

	/** Deletes a portfolio folder written by {@link #demo} with everything in it. */
	static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
