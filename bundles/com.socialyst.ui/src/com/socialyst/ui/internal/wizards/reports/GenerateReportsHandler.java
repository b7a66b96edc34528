package com.socialyst.ui.internal.wizards.reports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;
import com.socialyst.ui.internal.editors.ClientEditorInput;
import com.socialyst.ui.internal.handlers.NoPortfolio;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * Opens the Generate Reports wizard for the clients selected in the workbench, or for the client whose editor is
 * active when nothing holding clients is selected.
 */
public class GenerateReportsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		if (!NoPortfolio.check(shell)) {
			return null;
		}
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		boolean holdsClients = selection.stream().anyMatch(element -> Adapters.adapt(element, Client.class) != null);
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (!holdsClients && part instanceof IEditorPart editor
				&& editor.getEditorInput() instanceof ClientEditorInput input) {
			selection = portfolio.client(input.clientId()).<IStructuredSelection>map(StructuredSelection::new)
					.orElse(selection);
		}
		GenerateReportsWizard.open(shell, selection);
		return null;
	}
}
