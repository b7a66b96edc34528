package com.socialyst.ui.internal.wizards.assessment;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.model.Client;
import com.socialyst.ui.internal.Services;
import com.socialyst.ui.internal.handlers.ClientSelection;
import com.socialyst.ui.internal.handlers.NoPortfolio;

/**
 * Run Assessment…: opens the {@link RunAssessmentWizard} for the selected client (or the client of the active
 * editor), or tells the user to open a portfolio first.
 */
public class RunAssessmentHandler extends AbstractHandler {

	public static final String COMMAND_ID = "com.socialyst.ui.commands.runAssessment";

	@Override
	public Object execute(ExecutionEvent event) {
		open(HandlerUtil.getActiveShell(event), ClientSelection.of(event));
		return null;
	}

	/**
	 * Opens the wizard without blocking (tests drive it); the dialog is modal.
	 *
	 * @param client the client to assess; null to let the user choose
	 * @return the open dialog, or null when no portfolio is open (the user was told so)
	 */
	public static WizardDialog open(Shell shell, Client client) {
		return NoPortfolio.openWizard(shell, portfolio -> new RunAssessmentWizard(portfolio.clients(), client,
				Services.get(MaturityModels.class)));
	}
}
