package com.socialyst.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import com.socialyst.ui.internal.wizards.NewClientWizard;

/** File › New › Client…. */
public class NewClientHandler extends AbstractHandler {

	public static final String COMMAND_ID = "com.socialyst.ui.commands.newClient";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (NoPortfolio.check(shell)) {
			NewClientWizard.open(shell);
		}
		return null;
	}
}
