package com.socialyst.model.util;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link SocialystResource}s; {@link SocialystResources#configure} registers it for {@code .xmi} files. */
public class SocialystResourceFactory extends ResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new SocialystResource(uri);
	}
}
