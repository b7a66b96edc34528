package com.socialyst.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.InternalEList;

import com.socialyst.model.Client;
import com.socialyst.model.Portfolio;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.util.SocialystResources;

/**
 * Opens and creates portfolio folders: {@code portfolio.xmi} plus one file per client under
 * {@code clients/}. A client file that cannot be read is reported with its path and reason and
 * never stops the other clients from loading.
 */
public final class PortfolioStore {

	private PortfolioStore() {
	}

	/** Whether {@code folder} holds a portfolio. */
	public static boolean isPortfolio(Path folder) {
		return Files.isRegularFile(folder.resolve(SocialystResources.PORTFOLIO_FILE));
	}

	/**
	 * Loads the portfolio in {@code folder} and every client file it references.
	 *
	 * @throws IOException when {@code portfolio.xmi} itself is missing or unreadable; the message
	 *         names the file and the reason
	 */
	public static OpenPortfolio open(Path folder, IProgressMonitor monitor) throws IOException {
		Path portfolioFile = folder.resolve(SocialystResources.PORTFOLIO_FILE);
		if (!Files.isRegularFile(portfolioFile)) {
			throw new IOException(portfolioFile + ": no portfolio here (file not found)");
		}
		ResourceSet resourceSet = SocialystResources.configure(new ResourceSetImpl());
		Resource resource;
		try {
			resource = resourceSet.getResource(fileURI(portfolioFile), true);
		} catch (RuntimeException e) {
			throw new IOException(portfolioFile + ": cannot be read: " + reason(e), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Portfolio portfolio)) {
			throw new IOException(portfolioFile + ": does not contain a portfolio");
		}

		// Resolve clients one by one from their proxies, so one broken file is one problem.
		@SuppressWarnings("unchecked")
		InternalEList<EObject> clients = (InternalEList<EObject>) (InternalEList<?>) portfolio.getClients();
		List<EObject> references = new ArrayList<>(clients.basicList());
		SubMonitor progress = SubMonitor.convert(monitor, "Loading " + references.size() + " clients",
				references.size());
		List<LoadProblem> problems = new ArrayList<>();
		for (EObject reference : references) {
			progress.split(1);
			if (!reference.eIsProxy()) {
				continue;
			}
			URI clientURI = ((InternalEObject) reference).eProxyURI().trimFragment();
			Path clientFile = Path.of(clientURI.toFileString());
			progress.subTask(clientFile.getFileName().toString());
			if (!Files.isRegularFile(clientFile)) {
				problems.add(new LoadProblem(clientFile, "client file not found"));
				continue;
			}
			try {
				Resource clientResource = resourceSet.getResource(clientURI, true);
				EObject resolved = org.eclipse.emf.ecore.util.EcoreUtil.resolve(reference, resourceSet);
				if (resolved.eIsProxy() || !(resolved instanceof Client)) {
					problems.add(new LoadProblem(clientFile,
							"does not contain the client '" + ((InternalEObject) reference).eProxyURI().fragment() + "'"));
				} else if (!clientResource.getErrors().isEmpty()) {
					problems.add(new LoadProblem(clientFile, clientResource.getErrors().get(0).getMessage()));
				}
			} catch (RuntimeException e) {
				problems.add(new LoadProblem(clientFile, reason(e)));
			}
		}
		return new OpenPortfolio(folder, portfolio, problems);
	}

	/** Creates an empty portfolio named {@code name} in {@code folder}, which must not hold one. */
	public static OpenPortfolio create(Path folder, String name) throws IOException {
		if (isPortfolio(folder)) {
			throw new IOException(folder.resolve(SocialystResources.PORTFOLIO_FILE) + ": a portfolio exists already");
		}
		Files.createDirectories(folder.resolve(SocialystResources.CLIENTS_FOLDER));
		ResourceSet resourceSet = SocialystResources.configure(new ResourceSetImpl());
		Resource resource = resourceSet.createResource(fileURI(folder.resolve(SocialystResources.PORTFOLIO_FILE)));
		Portfolio portfolio = SocialystFactory.eINSTANCE.createPortfolio();
		portfolio.setName(name);
		resource.getContents().add(portfolio);
		OpenPortfolio open = new OpenPortfolio(folder, portfolio, List.of());
		open.save(null);
		return open;
	}

	static URI fileURI(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** The innermost message of a load failure: what the XML parser or the file system said. */
	static String reason(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
	}
}
