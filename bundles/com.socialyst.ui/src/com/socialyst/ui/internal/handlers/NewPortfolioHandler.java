package com.socialyst.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import com.socialyst.core.demo.DemoPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.session.PortfolioSession;

/** File › New Portfolio…: an empty portfolio or the demo one, in an empty folder; then opens it. */
public class NewPortfolioHandler extends AbstractHandler {

	public static final String COMMAND_ID = "com.socialyst.ui.commands.newPortfolio";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.newPortfolioTitle);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path folder = Path.of(chosen);
		if (PortfolioStore.isPortfolio(folder)) {
			OpenPortfolioHandler.open(shell, folder);
			return null;
		}
		int choice = new MessageDialog(shell, Messages.newPortfolioTitle, null,
				Messages.bind(Messages.newPortfolioMessage, folder), MessageDialog.QUESTION, 0,
				Messages.newPortfolioDemo, Messages.newPortfolioEmpty, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL)
				.open();
		if (choice == 0 || choice == 1) {
			if (Editors.closeAll()) {
				create(folder, choice == 0);
			}
		}
		return null;
	}

	/** Creates the portfolio in a job, then opens it. */
	public static Job create(Path folder, boolean demo) {
		Job job = new Job(Messages.newPortfolioTitle + " " + folder) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Files.createDirectories(folder);
					if (demo) {
						DemoPortfolio.write(folder, DemoPortfolio.Options.defaults(), monitor);
					} else {
						PortfolioStore.create(folder, folder.getFileName().toString());
					}
				} catch (IOException | RuntimeException e) {
					return Status.error(folder + ": " + e.getMessage(), e);
				}
				PortfolioSession.get().open(folder);
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}
}
