package com.socialyst.ui.internal.wizards.metrics;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import com.socialyst.ui.internal.handlers.NoPortfolio;

/** Opens the New Formula Metric wizard on the open portfolio. */
public class NewFormulaMetricHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		if (NoPortfolio.check(shell)) {
			NewFormulaMetricWizard.open(shell);
		}
		return null;
	}
}
