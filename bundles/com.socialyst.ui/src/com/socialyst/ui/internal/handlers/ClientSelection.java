package com.socialyst.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;
import com.socialyst.ui.internal.editors.ClientEditorInput;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * The client a command is about: the selected client (or the client of a selected channel, KPI or other object), else
 * the client of the active editor. Used by the handlers that open a wizard on a client.
 */
public final class ClientSelection {

	private ClientSelection() {
	}

	/** The client {@code event}'s selection or active editor is about; null when there is none. */
	public static Client of(ExecutionEvent event) {
		Client client = of(HandlerUtil.getCurrentStructuredSelection(event));
		if (client == null) {
			IEditorPart editor = HandlerUtil.getActiveEditor(event);
			if (editor != null) {
				client = of(editor.getEditorInput());
			}
		}
		return client;
	}

	/** The client of the first selected element; null when it is not about a client of the open portfolio. */
	public static Client of(IStructuredSelection selection) {
		return selection == null || selection.isEmpty() ? null : of(selection.getFirstElement());
	}

	private static Client of(Object element) {
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		if (portfolio == null || element == null) {
			return null;
		}
		Client client = null;
		if (element instanceof ClientEditorInput input) {
			client = portfolio.client(input.clientId()).orElse(null);
		} else if (element instanceof EObject object) {
			for (EObject container = object; container != null && client == null; container = container.eContainer()) {
				if (container instanceof Client found) {
					client = found;
				}
			}
		} else {
			client = Adapters.adapt(element, Client.class);
		}
		return client != null && portfolio.clients().contains(client) ? client : null;
	}
}
