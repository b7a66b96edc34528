package com.socialyst.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench's own settings, kept in the workbench state folder: recent portfolios and the defaults of report
 * generation. The consultancy brand belongs to the portfolio ({@code portfolio.xmi}), not here.
 */
public final class UiPreferences {

	public static final String NODE = "com.socialyst.ui";

	/** Newline-separated folders, most recent first. */
	public static final String RECENT_PORTFOLIOS = "recentPortfolios";
	/** The language of reports when the client has none set (a language tag, empty: the client's). */
	public static final String REPORT_LOCALE = "reportLocale";
	/** Where generated reports go (empty: {@code reports} in the portfolio folder). */
	public static final String REPORT_FOLDER = "reportFolder";
	/** How many reports are made at once. */
	public static final String REPORT_THREADS = "reportThreads";

	public static final int MAX_RECENT = 8;

	private static ScopedPreferenceStore store;

	private UiPreferences() {
	}

	/** The preference store the preference page edits. */
	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
			store.setDefault(REPORT_LOCALE, "");
			store.setDefault(REPORT_FOLDER, "");
			store.setDefault(REPORT_THREADS, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
		}
		return store;
	}

	/** Recent portfolio folders that still exist, most recent first. */
	public static List<Path> recentPortfolios() {
		String value = store().getString(RECENT_PORTFOLIOS);
		List<Path> folders = new ArrayList<>();
		Arrays.stream(value.split("\n")).filter(line -> !line.isBlank()).map(Path::of).filter(Files::isDirectory)
				.forEach(folders::add);
		return folders;
	}

	/** Puts {@code folder} first in the recent list; the first one reopens at the next start. */
	public static void rememberPortfolio(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		List<Path> folders = new ArrayList<>(recentPortfolios());
		folders.remove(absolute);
		folders.add(0, absolute);
		while (folders.size() > MAX_RECENT) {
			folders.remove(folders.size() - 1);
		}
		store().setValue(RECENT_PORTFOLIOS, String.join("\n", folders.stream().map(Path::toString).toList()));
		flush();
	}

	/** The folder reports of {@code portfolioFolder} are written to. */
	public static Path reportFolder(Path portfolioFolder) {
		String folder = store().getString(REPORT_FOLDER);
		return folder.isBlank() ? portfolioFolder.resolve("reports") : Path.of(folder);
	}

	public static int reportThreads() {
		return Math.max(1, store().getInt(REPORT_THREADS));
	}

	private static void flush() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the setting stays for this session; the next change tries again
		}
	}
}
