package com.socialyst.ui.internal.wizards.imports;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import com.socialyst.core.imports.ImportException;
import com.socialyst.core.imports.ImportProblem;
import com.socialyst.core.imports.ImportReport;
import com.socialyst.core.imports.ImportRequest;
import com.socialyst.core.imports.PlatformDataImporter;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * Imports a platform export into a client through {@link PlatformDataImporter}, the code behind
 * {@code socialyst import}, with progress and cancel.
 * <p>
 * Imports are all-or-nothing: a refused import leaves the wizard open with every problem listed on the page, and
 * nothing changed, so the user can fix the file or tick "Skip bad rows" and finish again. The importer changes the
 * client's model directly (not through its command stack) and saves the client's file itself; an import is therefore
 * not undoable, and the wizard marks the client saved and tells the views afterwards.
 * </p>
 */
public class ImportDataWizard extends Wizard {

	/** Widget ids (see {@link com.socialyst.ui.WidgetIds}). */
	public static final String CLIENT_ID = "import.client";
	public static final String FILE_ID = "import.file";
	public static final String BROWSE_ID = "import.browse";
	public static final String FORMAT_ID = "import.format";
	public static final String CHANNEL_ID = "import.channel";
	public static final String DATE_FORMAT_ID = "import.dateFormat";
	public static final String SKIP_BAD_ROWS_ID = "import.skipBadRows";
	public static final String REPLACE_ID = "import.replace";
	public static final String PREVIEW_ID = "import.preview";
	public static final String ERRORS_ID = "import.errors";

	/** How many skipped rows the summary lists before counting the rest. */
	private static final int LISTED_SKIPPED = 10;

	private final OpenPortfolio portfolio;
	private final ImportDataPage page;
	/** The client whose imported data are in the model but not in its file; Finish then retries the save. */
	private Client unsavedClient;
	/** What that import did; null when the importer's own save failed, before it could report. */
	private ImportReport unsaved;

	public ImportDataWizard(OpenPortfolio portfolio, Client initial) {
		this.portfolio = portfolio;
		this.page = new ImportDataPage(portfolio.clients(), initial);
		setWindowTitle(Messages.windowTitle);
		setNeedsProgressMonitor(true);
		setDialogSettings(DialogSettings.getOrCreateSection(PlatformUI
				.getDialogSettingsProvider(FrameworkUtil.getBundle(ImportDataWizard.class)).getDialogSettings(),
				"ImportDataWizard"));
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		if (unsavedClient != null) {
			return retrySave();
		}
		Client client = page.client();
		ImportRequest request;
		try {
			request = page.request();
		} catch (IllegalArgumentException e) {
			page.showFailure(e.getMessage());
			return false;
		}
		page.clearProblems();
		AtomicReference<ImportReport> report = new AtomicReference<>();
		AtomicReference<ImportException> refused = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					report.set(PlatformDataImporter.run(portfolio, request, monitor));
				} catch (ImportException e) {
					refused.set(e);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					// the importer checks for cancellation only before it changes anything
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			if (cause instanceof IOException io) {
				// the model holds the data, the file does not: keep the wizard open to retry the save
				unsaved = report.get();
				unsavedClient = client;
				page.showFailure(NLS.bind(Messages.saveFailed, client.getName(), reason(io)));
				PortfolioSession.get().clientsChanged(List.of(client));
			} else {
				// IllegalArgumentException: a client or channel that does not exist or is ambiguous
				page.showFailure(NLS.bind(Messages.failed, reason(cause)));
			}
			return false;
		} catch (InterruptedException e) {
			page.showFailure(Messages.cancelled);
			return false;
		}
		if (refused.get() != null) {
			page.showProblems(refused.get().problems());
			return false;
		}
		return finished(client, report.get());
	}

	/** After the importer changed and saved the client: marks it saved, tells the views, shows the summary. */
	private boolean finished(Client client, ImportReport report) {
		if (report != null && report.changedAnything()) {
			try {
				// the importer wrote the file (with any unsaved edits of the client's editor): an unchanged file is
				// not rewritten, and the client's command stack is marked saved
				PortfolioSession.get().save(client);
			} catch (IOException e) {
				unsaved = report;
				unsavedClient = client;
				page.showFailure(NLS.bind(Messages.saveFailed, client.getName(), reason(e)));
				return false;
			} finally {
				PortfolioSession.get().clientsChanged(List.of(client));
			}
		}
		if (report != null) {
			MessageDialog.openInformation(getShell(), Messages.summaryTitle, summary(report));
		}
		return true;
	}

	private boolean retrySave() {
		try {
			PortfolioSession.get().save(unsavedClient);
		} catch (IOException e) {
			page.showFailure(NLS.bind(Messages.saveFailedRetry, unsavedClient.getName(), reason(e)));
			return false;
		}
		Client client = unsavedClient;
		ImportReport report = unsaved;
		unsavedClient = null;
		unsaved = null;
		PortfolioSession.get().clientsChanged(List.of(client));
		if (report != null) {
			MessageDialog.openInformation(getShell(), Messages.summaryTitle, summary(report));
		}
		return true;
	}

	/** What the import did, in a few lines. */
	static String summary(ImportReport report) {
		List<String> lines = new ArrayList<>();
		report.formats().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> lines.add(NLS.bind(Messages.summaryFormats, e.getKey().getFileName(), e.getValue())));
		lines.add(NLS.bind(Messages.summaryRows, new Object[] { report.rows(), report.added(), report.replaced(),
				report.unchanged() }));
		if (report.mentionsAdded() + report.mentionsKnown() > 0) {
			lines.add(NLS.bind(Messages.summaryMentions, report.mentionsAdded(), report.mentionsKnown()));
		}
		if (!report.createdChannels().isEmpty()) {
			lines.add(NLS.bind(Messages.summaryChannels, String.join(", ", report.createdChannels())));
		}
		if (!report.skipped().isEmpty()) {
			lines.add(NLS.bind(Messages.summarySkipped, report.skipped().size()));
			report.skipped().stream().limit(LISTED_SKIPPED).map(ImportDataWizard::describe)
					.forEach(line -> lines.add("    " + line));
			if (report.skipped().size() > LISTED_SKIPPED) {
				lines.add("    " + NLS.bind(Messages.summaryMoreSkipped, report.skipped().size() - LISTED_SKIPPED));
			}
		}
		lines.addAll(report.notes());
		if (!report.changedAnything()) {
			lines.add(Messages.summaryNothing);
		}
		return String.join("\n", lines);
	}

	/** {@code file.csv:3: column 2 (likes): reason}, with the file's name only. */
	private static String describe(ImportProblem problem) {
		ImportProblem shortName = new ImportProblem(
				problem.file() == null ? null : problem.file().getFileName(), problem.line(), problem.column(),
				problem.columnName(), problem.reason());
		return shortName.toString();
	}

	private static String reason(Throwable e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
