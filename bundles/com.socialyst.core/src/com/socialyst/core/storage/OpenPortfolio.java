package com.socialyst.core.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;

import com.socialyst.model.Client;
import com.socialyst.model.Portfolio;
import com.socialyst.model.util.SocialystResources;

/**
 * A portfolio loaded from its folder, with the problems met while loading. Saving writes each
 * file atomically and keeps its previous version as {@code .bak}; a client file that failed to
 * load is never written, so nothing of it is lost.
 */
public final class OpenPortfolio {

	private final Path folder;
	private final Portfolio portfolio;
	private final List<LoadProblem> problems;

	OpenPortfolio(Path folder, Portfolio portfolio, List<LoadProblem> problems) {
		this.folder = folder;
		this.portfolio = portfolio;
		this.problems = List.copyOf(problems);
	}

	public Path folder() {
		return folder;
	}

	public Portfolio portfolio() {
		return portfolio;
	}

	/** Files that could not be loaded; their clients are missing from {@link #clients()}. */
	public List<LoadProblem> problems() {
		return problems;
	}

	/** The clients that loaded, in portfolio order. */
	public List<Client> clients() {
		return portfolio.getClients().stream().filter(c -> !c.eIsProxy()).toList();
	}

	/** The loaded client with {@code id}. */
	public Optional<Client> client(String id) {
		return clients().stream().filter(c -> id.equals(c.getId())).findFirst();
	}

	/** Adds {@code client} (with its id set) in a new file {@code clients/<id>.xmi}; not saved yet. */
	public Client addClient(Client client) {
		if (client(client.getId()).isPresent()) {
			throw new IllegalArgumentException("the portfolio has a client '" + client.getId() + "' already");
		}
		SocialystResources.addClient(portfolio, client);
		return client;
	}

	/** Saves {@code portfolio.xmi} and every loaded client. */
	public void save(IProgressMonitor monitor) throws IOException {
		List<Client> clients = clients();
		SubMonitor progress = SubMonitor.convert(monitor, "Saving " + folder, clients.size() + 1);
		saveResource(portfolio.eResource());
		progress.worked(1);
		for (Client client : clients) {
			progress.split(1);
			saveResource(client.eResource());
		}
	}

	/** Saves {@code portfolio.xmi} only: the brand, the formula metrics and the list of client files. */
	public void savePortfolioFile() throws IOException {
		saveResource(portfolio.eResource());
	}

	/** Saves one client's file only. */
	public void saveClient(Client client) throws IOException {
		saveResource(client.eResource());
	}

	private void saveResource(Resource resource) throws IOException {
		if (resource == null) {
			throw new IllegalStateException("object is not in a file");
		}
		Path file = Path.of(resource.getURI().toFileString());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
		resource.save(bytes, null); // null: the resource's own default options apply
		// An unchanged file is left alone: no rewrite, and its backup keeps the real previous version.
		if (Files.isRegularFile(file) && Files.size(file) == bytes.size()
				&& Arrays.equals(Files.readAllBytes(file), bytes.toByteArray())) {
			return;
		}
		AtomicFiles.write(file, true, bytes::writeTo);
	}
}
