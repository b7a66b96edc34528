package com.socialyst.ui.internal.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.widgets.Display;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.maturity.provider.MaturityItemProviderAdapterFactory;
import com.socialyst.model.Client;
import com.socialyst.model.provider.SocialystItemProviderAdapterFactory;
import com.socialyst.ui.internal.UiPreferences;

/**
 * The portfolio open in the workbench and how it is edited. There is one per workbench.
 * <p>
 * Every client gets its own EMF editing domain and command stack, shared by its editor, the wizards and the views, so
 * undo and redo work per client and a client is "dirty" exactly when its stack has unsaved commands. Saving writes the
 * client's file atomically (see {@link OpenPortfolio}). Portfolio-level changes (formula metrics, brand, new clients)
 * are saved at once by the wizard or page that makes them.
 * </p>
 * Listeners are told on the UI thread.
 */
public final class PortfolioSession {

	/** What views and editors hear about; every method has a default so a listener overrides what it needs. */
	public interface Listener {
		/** A portfolio was opened (replacing any other) or closed ({@code portfolio} null). */
		default void portfolioChanged(OpenPortfolio portfolio) {
		}

		/** Clients were added, removed or changed outside an editor (import, wizard, assessment). */
		default void clientsChanged(List<Client> clients) {
		}

		/** The client's unsaved state changed (an edit, undo, redo or save). */
		default void dirtyChanged(Client client) {
		}
	}

	private static final PortfolioSession INSTANCE = new PortfolioSession();

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Map<Client, AdapterFactoryEditingDomain> domains = new HashMap<>();
	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private final PortfolioHealth health = new PortfolioHealth();
	private volatile OpenPortfolio portfolio;

	private PortfolioSession() {
		adapterFactory.addAdapterFactory(new SocialystItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new MaturityItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
	}

	public static PortfolioSession get() {
		return INSTANCE;
	}

	/** The open portfolio, null when none is. */
	public OpenPortfolio portfolio() {
		return portfolio;
	}

	/**
	 * Loads the portfolio in {@code folder} in a job (with progress and cancel) and makes it the open one. A folder that
	 * is not a portfolio, or a broken {@code portfolio.xmi}, ends the job with an error naming the file; client files
	 * that do not load are listed in the Problems view and left untouched.
	 */
	public Job open(Path folder) {
		Job job = new Job("Opening portfolio " + folder) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					OpenPortfolio opened = PortfolioStore.open(folder, monitor);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					Display.getDefault().asyncExec(() -> setPortfolio(opened));
					return Status.OK_STATUS;
				} catch (IOException e) {
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Makes {@code opened} the open portfolio (null closes it); call on the UI thread. */
	public void setPortfolio(OpenPortfolio opened) {
		domains.values().forEach(domain -> domain.getCommandStack().flush());
		domains.clear();
		portfolio = opened;
		if (opened != null) {
			UiPreferences.rememberPortfolio(opened.folder());
		}
		listeners.forEach(listener -> listener.portfolioChanged(opened));
	}

	/** The editing domain of {@code client}: its command stack is the client's undo history. */
	public EditingDomain domain(Client client) {
		return domains.computeIfAbsent(client, key -> {
			BasicCommandStack stack = new BasicCommandStack();
			stack.addCommandStackListener(event -> Display.getDefault()
					.asyncExec(() -> listeners.forEach(listener -> listener.dirtyChanged(key))));
			return new AdapterFactoryEditingDomain(adapterFactory, stack,
					portfolio.portfolio().eResource().getResourceSet());
		});
	}

	/** The health of the open portfolio's clients, as far as it is computed. */
	public PortfolioHealth health() {
		return health;
	}

	/** The adapter factory giving labels and commands for every model object. */
	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** Whether {@code client} has edits not saved yet. */
	public boolean isDirty(Client client) {
		AdapterFactoryEditingDomain domain = domains.get(client);
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** The clients with unsaved edits. */
	public List<Client> dirtyClients() {
		List<Client> dirty = new ArrayList<>();
		domains.keySet().stream().filter(this::isDirty).forEach(dirty::add);
		return dirty;
	}

	/** Saves {@code client}'s file (atomically, keeping a backup) and marks its edits saved. */
	public void save(Client client) throws IOException {
		portfolio.saveClient(client);
		AdapterFactoryEditingDomain domain = domains.get(client);
		if (domain != null) {
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		}
		listeners.forEach(listener -> listener.dirtyChanged(client));
	}

	/** Saves {@code portfolio.xmi} (formula metrics, brand, the list of clients). */
	public void savePortfolioFile() throws IOException {
		portfolio.savePortfolioFile();
	}

	/** Tells the listeners that clients changed outside an editor; call on the UI thread. */
	public void clientsChanged(List<Client> clients) {
		listeners.forEach(listener -> listener.clientsChanged(clients));
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
