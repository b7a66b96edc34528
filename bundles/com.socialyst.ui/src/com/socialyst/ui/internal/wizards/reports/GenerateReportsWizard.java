package com.socialyst.ui.internal.wizards.reports;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * Generate Reports: the workbench face of {@code socialyst report}. Finish hands the batch to a {@link ReportJob},
 * which writes the files in the background and then shows a summary; the wizard closes at once.
 */
public final class GenerateReportsWizard extends Wizard {

	/** Widget ids of the page (see {@link WidgetIds}). */
	public static final String KIND_ID = "reports.kind";
	public static final String CLIENTS_ID = "reports.clients";
	public static final String SELECT_ALL_ID = "reports.selectAll";
	public static final String SELECT_NONE_ID = "reports.selectNone";
	public static final String PERIOD_ID = "reports.period";
	public static final String FORMAT_ID = "reports.format";
	public static final String LANGUAGE_ID = "reports.language";
	public static final String FOLDER_ID = "reports.folder";
	public static final String BROWSE_ID = "reports.browse";

	private final OpenPortfolio portfolio;
	private final GenerateReportsPage page;
	private volatile ReportJob job;

	/**
	 * @param selection the workbench selection; the clients in it (or adapting to {@link Client}) are checked
	 */
	public GenerateReportsWizard(OpenPortfolio portfolio, IStructuredSelection selection) {
		this.portfolio = portfolio;
		this.page = new GenerateReportsPage(portfolio, clientIds(selection));
		setWindowTitle(Messages.wizardTitle);
		setNeedsProgressMonitor(false);
	}

	/**
	 * Opens the wizard on the open portfolio and returns its dialog at once, without waiting for it to close (tests
	 * drive it from their own thread). Call on the UI thread.
	 *
	 * @throws IllegalStateException when no portfolio is open
	 */
	public static WizardDialog open(Shell shell, IStructuredSelection selection) {
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		if (portfolio == null) {
			throw new IllegalStateException("no portfolio is open");
		}
		WizardDialog dialog = new WizardDialog(shell,
				new GenerateReportsWizard(portfolio, selection == null ? StructuredSelection.EMPTY : selection));
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static Set<String> clientIds(IStructuredSelection selection) {
		Set<String> ids = new LinkedHashSet<>();
		for (Object element : selection.toList()) {
			Client client = Adapters.adapt(element, Client.class);
			if (client != null && client.getId() != null) {
				ids.add(client.getId());
			}
		}
		return ids;
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		job = ReportJob.generate(portfolio, page.batch(), true);
		return true;
	}

	/** The job Finish started; null before Finish. */
	public ReportJob job() {
		return job;
	}
}
