package com.socialyst.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.UiPreferences;
import com.socialyst.ui.internal.session.PortfolioSession;

/** File › Open Portfolio…: a folder holding {@code portfolio.xmi}; unsaved clients of the open one are asked about. */
public class OpenPortfolioHandler extends AbstractHandler {

	public static final String COMMAND_ID = "com.socialyst.ui.commands.openPortfolio";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.openPortfolioTitle);
		if (!UiPreferences.recentPortfolios().isEmpty()) {
			dialog.setFilterPath(UiPreferences.recentPortfolios().get(0).toString());
		}
		String folder = dialog.open();
		if (folder != null) {
			open(shell, Path.of(folder));
		}
		return null;
	}

	/** Opens {@code folder} after closing the editors of the open portfolio (which asks about unsaved changes). */
	public static void open(Shell shell, Path folder) {
		if (!PortfolioStore.isPortfolio(folder)) {
			MessageDialog.openError(shell, Messages.openPortfolioTitle,
					Messages.bind(Messages.openPortfolioNotAPortfolio, folder));
			return;
		}
		if (!Editors.closeAll()) {
			return;
		}
		PortfolioSession.get().open(folder);
	}
}
