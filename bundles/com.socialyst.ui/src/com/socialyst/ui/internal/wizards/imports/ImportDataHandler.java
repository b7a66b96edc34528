package com.socialyst.ui.internal.wizards.imports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import com.socialyst.model.Client;
import com.socialyst.ui.internal.handlers.ClientSelection;
import com.socialyst.ui.internal.handlers.NoPortfolio;

/**
 * Import Data…: opens the {@link ImportDataWizard} for the selected client (or the client of the active editor), or
 * tells the user to open a portfolio first.
 */
public class ImportDataHandler extends AbstractHandler {

	public static final String COMMAND_ID = "com.socialyst.ui.commands.importData";

	@Override
	public Object execute(ExecutionEvent event) {
		open(HandlerUtil.getActiveShell(event), ClientSelection.of(event));
		return null;
	}

	/**
	 * Opens the wizard without blocking (tests drive it); the dialog is modal.
	 *
	 * @param client the client to preselect; null to let the user choose
	 * @return the open dialog, or null when no portfolio is open (the user was told so)
	 */
	public static WizardDialog open(Shell shell, Client client) {
		return NoPortfolio.openWizard(shell, portfolio -> new ImportDataWizard(portfolio, client));
	}
}
