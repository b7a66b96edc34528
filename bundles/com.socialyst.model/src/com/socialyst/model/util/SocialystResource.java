package com.socialyst.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * An XMI resource holding a portfolio or a client, with the options our files use: UTF-8; references as
 * attributes ({@code clients="clients/acme.xmi#acme"}); the model's own IDs (client id, channel account id) as
 * fragments, no UUIDs; no extended metadata; files are rewritten only when their bytes change, so saving a
 * portfolio of 1,000 clients touches only the clients that changed.
 */
public class SocialystResource extends XMIResourceImpl {

	/** Shared by all our resources: parsers are expensive to create. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

	/** Shared cache of XML names to features: the same few names occur millions of times. */
	private static final Map<Object, Object> NAME_TO_FEATURE = new java.util.concurrent.ConcurrentHashMap<>();

	public SocialystResource(URI uri) {
		super(uri);
		setEncoding("UTF-8");
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		save.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		load.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
