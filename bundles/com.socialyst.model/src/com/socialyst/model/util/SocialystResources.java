package com.socialyst.model.util;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import com.socialyst.model.Client;
import com.socialyst.model.Portfolio;
import com.socialyst.model.SocialystPackage;

/**
 * How portfolio files are laid out and loaded: {@code <folder>/portfolio.xmi} holds the {@link Portfolio}; each
 * client is the root of its own {@code <folder>/clients/<id>.xmi}, which the portfolio references by the client's
 * id and which EMF loads on first access to {@link Portfolio#getClients()}.
 * <p>
 * Works in plain Java and in OSGi alike: nothing here relies on extension registries.
 * </p>
 */
public final class SocialystResources {

	/** File name of a portfolio inside its folder. */
	public static final String PORTFOLIO_FILE = "portfolio.xmi";

	/** Folder of the client files, relative to the portfolio's folder. */
	public static final String CLIENTS_FOLDER = "clients";

	/** Extension of portfolio and client files. */
	public static final String FILE_EXTENSION = "xmi";

	private SocialystResources() {
	}

	/**
	 * Registers our package and resource factory in {@code resourceSet} (not globally), so that it loads and saves
	 * portfolio and client files.
	 *
	 * @return {@code resourceSet}
	 */
	public static <R extends ResourceSet> R configure(R resourceSet) {
		resourceSet.getPackageRegistry().put(SocialystPackage.eNS_URI, SocialystPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new SocialystResourceFactory());
		return resourceSet;
	}

	/** The URI of the file of the client {@code clientId} of the portfolio saved at {@code portfolioURI}. */
	public static URI clientURI(URI portfolioURI, String clientId) {
		if (clientId == null || clientId.isBlank()) {
			throw new IllegalArgumentException("a client needs an id to be saved");
		}
		return portfolioURI.trimSegments(1).appendSegment(CLIENTS_FOLDER).appendSegment(clientId + "." + FILE_EXTENSION);
	}

	/**
	 * Adds {@code client} to {@code portfolio}, as the root of a new resource at {@link #clientURI} in the portfolio's
	 * resource set (the portfolio must be in a resource already).
	 *
	 * @return the client's new resource
	 */
	public static Resource addClient(Portfolio portfolio, Client client) {
		Resource portfolioResource = portfolio.eResource();
		if (portfolioResource == null || portfolioResource.getResourceSet() == null) {
			throw new IllegalStateException("the portfolio is not in a resource set");
		}
		Resource resource = portfolioResource.getResourceSet().createResource(clientURI(portfolioResource.getURI(), client.getId()));
		resource.getContents().add(client);
		portfolio.getClients().add(client);
		return resource;
	}
}
