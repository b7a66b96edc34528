package com.socialyst.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
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

		// Client files are parsed in parallel, each in a resource set of its own (resource sets are not
		// thread-safe), then moved into the portfolio's set and resolved one by one from their proxies, so
		// that one broken file is one problem and the rest load.
		@SuppressWarnings("unchecked")
		InternalEList<EObject> clients = (InternalEList<EObject>) (InternalEList<?>) portfolio.getClients();
		List<EObject> references = new ArrayList<>(clients.basicList());
		SubMonitor progress = SubMonitor.convert(monitor, "Loading " + references.size() + " clients",
				references.size());
		Map<URI, Future<Resource>> parsed = parseInParallel(references);
		List<LoadProblem> problems = new ArrayList<>();
		try {
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
					Resource clientResource = join(parsed.get(clientURI));
					if (clientResource.getResourceSet() != resourceSet) {
						resourceSet.getResources().add(clientResource);
					}
					EObject resolved = EcoreUtil.resolve(reference, resourceSet);
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
		} finally {
			parsed.values().forEach(future -> future.cancel(true));
		}
		return new OpenPortfolio(folder, portfolio, problems);
	}

	/** Starts parsing every referenced client file on a small pool of threads, one per core. */
	private static Map<URI, Future<Resource>> parseInParallel(List<EObject> references) {
		Map<URI, Future<Resource>> parsed = new LinkedHashMap<>();
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), references.size()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "Socialyst client loader");
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (EObject reference : references) {
				if (reference.eIsProxy()) {
					URI uri = ((InternalEObject) reference).eProxyURI().trimFragment();
					parsed.computeIfAbsent(uri, u -> pool.submit(() -> parseAlone(u)));
				}
			}
		} finally {
			pool.shutdown(); // runs what was submitted, then its threads end
		}
		return parsed;
	}

	/** Parses one client file in a resource set of its own. */
	private static Resource parseAlone(URI uri) {
		if (!Files.isRegularFile(Path.of(uri.toFileString()))) {
			return null;
		}
		ResourceSet own = SocialystResources.configure(new ResourceSetImpl());
		return own.getResource(uri, true);
	}

	/** The parsed resource, or the parser's exception rethrown unchecked. */
	private static Resource join(Future<Resource> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
		}
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
