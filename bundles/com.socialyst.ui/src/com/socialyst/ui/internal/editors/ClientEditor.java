package com.socialyst.ui.internal.editors;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * The client editor: one page per concern of the client (overview, KPIs, report …). Every change goes through the
 * client's command stack, so Edit › Undo / Redo, the dirty marker, Save and the prompt on close work as everywhere in
 * Eclipse; closing without saving undoes the unsaved changes, so what the other views show is what is on disk.
 */
public class ClientEditor extends FormEditor implements PortfolioSession.Listener {

	public static final String ID = "com.socialyst.ui.editors.client";

	private Client client;
	private EditingDomain domain;
	private CommandStackActions stackActions;

	/** Opens (or activates) the editor of {@code client}. */
	public static ClientEditor open(IWorkbenchPage page, Client client) throws PartInitException {
		return (ClientEditor) page.openEditor(new ClientEditorInput(client.getId(), client.getName()), ID);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ClientEditorInput clientInput)) {
			throw new PartInitException("not a client: " + input.getName());
		}
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		client = portfolio == null ? null : portfolio.client(clientInput.clientId()).orElse(null);
		if (client == null) {
			throw new PartInitException("client " + clientInput.clientId() + " is not in the open portfolio");
		}
		super.init(site, input);
		// Commands run from the pages' buttons (assessment, report) see the client as the selection.
		Client selected = client;
		site.setSelectionProvider(new org.eclipse.jface.viewers.ISelectionProvider() {
			@Override
			public org.eclipse.jface.viewers.ISelection getSelection() {
				return new org.eclipse.jface.viewers.StructuredSelection(selected);
			}

			@Override
			public void setSelection(org.eclipse.jface.viewers.ISelection selection) {
			}

			@Override
			public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
			}

			@Override
			public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
			}
		});
		domain = PortfolioSession.get().domain(client);
		setPartName(client.getName());
		PortfolioSession.get().addListener(this);
	}

	@Override
	protected void addPages() {
		try {
			addPage(new OverviewPage(this));
			addPage(new StrategyPage(this));
			addPage(new KpiPage(this));
			addPage(new DataPage(this));
			addPage(new AssessmentPage(this));
			addPage(new ListeningPage(this));
			addPage(new ReportPage(this));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		stackActions = new CommandStackActions(domain.getCommandStack(), getEditorSite().getActionBars());
	}

	public Client client() {
		return client;
	}

	public EditingDomain domain() {
		return domain;
	}

	@Override
	public boolean isDirty() {
		return client != null && PortfolioSession.get().isDirty(client);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			PortfolioSession.get().save(client);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), getPartName(),
					Messages.bind(Messages.saveFailed, client.getName(), e.getMessage()));
			if (monitor != null) {
				monitor.setCanceled(true); // keeps the editor open on close-and-save
			}
		}
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void dirtyChanged(Client changed) {
		if (changed == client) {
			firePropertyChange(PROP_DIRTY);
			if (getActivePageInstance() instanceof ClientPage page) {
				page.refresh();
			}
		}
	}

	@Override
	public void clientsChanged(java.util.List<Client> clients) {
		if (clients.contains(client) && getActivePageInstance() instanceof ClientPage page) {
			page.refresh();
		}
	}

	@Override
	public void portfolioChanged(OpenPortfolio portfolio) {
		if (portfolio == null || portfolio.client(client.getId()).orElse(null) != client) {
			getSite().getPage().closeEditor(this, false);
		}
	}

	@Override
	public void dispose() {
		PortfolioSession.get().removeListener(this);
		if (stackActions != null) {
			stackActions.dispose();
		}
		if (domain != null) {
			// Closed without saving: back to the saved state, so views and reports never show edits nobody kept.
			BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
			while (stack.isSaveNeeded() && stack.canUndo()) {
				stack.undo();
			}
		}
		super.dispose();
	}
}
