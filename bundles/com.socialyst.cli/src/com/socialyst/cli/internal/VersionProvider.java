package com.socialyst.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** Reports the Socialyst version: the version the build stamped on this bundle. */
public class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "Socialyst " + version(),
				"Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" };
	}

	/** The bundle version when running in OSGi, the jar's implementation version otherwise. */
	public static String version() {
		Bundle bundle = FrameworkUtil.getBundle(VersionProvider.class);
		if (bundle != null) {
			return bundle.getVersion().toString();
		}
		String implementation = VersionProvider.class.getPackage().getImplementationVersion();
		return implementation == null ? "unknown" : implementation;
	}
}
