package com.socialyst.ui.internal.editors;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchSite;
import org.eclipse.ui.handlers.IHandlerService;

/** Runs a workbench command from a button, so a page's button and the menu item do the same thing. */
final class Commands {

	static final String RUN_ASSESSMENT = "com.socialyst.ui.commands.runAssessment";
	static final String GENERATE_REPORTS = "com.socialyst.ui.commands.generateReports";
	static final String IMPORT_DATA = "com.socialyst.ui.commands.importData";

	private Commands() {
	}

	static void run(IWorkbenchSite site, String commandId) {
		try {
			site.getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (NotDefinedException e) {
			throw new IllegalStateException("command " + commandId + " is not defined", e);
		} catch (Exception e) {
			Shell shell = site.getShell();
			MessageDialog.openError(shell, shell.getText(), e.getMessage());
		}
	}
}
