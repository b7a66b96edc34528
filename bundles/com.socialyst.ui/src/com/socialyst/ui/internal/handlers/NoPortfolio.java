package com.socialyst.ui.internal.handlers;

import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.session.PortfolioSession;

/** Commands that need an open portfolio: the one message when there is none, and opening their wizards. */
public final class NoPortfolio {

	private NoPortfolio() {
	}

	/** True when a portfolio is open; otherwise tells the user how to open one. */
	public static boolean check(Shell shell) {
		if (PortfolioSession.get().portfolio() != null) {
			return true;
		}
		MessageDialog.openInformation(shell, Messages.noPortfolioTitle, Messages.noPortfolio);
		return false;
	}

	/**
	 * Opens the wizard made for the open portfolio, modal but without blocking the caller (UI tests drive it).
	 *
	 * @return the open dialog, or null when no portfolio is open (the user was told so)
	 */
	public static WizardDialog openWizard(Shell shell, Function<OpenPortfolio, IWizard> wizard) {
		if (!check(shell)) {
			return null;
		}
		WizardDialog dialog = new WizardDialog(shell, wizard.apply(PortfolioSession.get().portfolio()));
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}
}
