package com.socialyst.ui.internal.handlers;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import com.socialyst.ui.internal.session.PortfolioSession;

/** The message for commands that need an open portfolio. */
public final class NoPortfolio {

	private NoPortfolio() {
	}

	/** True when a portfolio is open; otherwise tells the user how to open one. */
	public static boolean check(Shell shell) {
		if (PortfolioSession.get().portfolio() != null) {
			return true;
		}
		MessageDialog.openInformation(shell, "Socialyst",
				"Open a portfolio first: File \u203A Open Portfolio\u2026 or File \u203A New Portfolio\u2026");
		return false;
	}
}
