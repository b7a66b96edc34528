package com.socialyst.cli.internal.commands;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Tells plugin authors what happened to the jars in {@code dropins/}. The p2 reconciler that installs them
 * skips a plugin it cannot resolve without a word anywhere; this finds such jars and names what they require
 * that is not installed.
 */
final class DropinsReport {

	private DropinsReport() {
	}

	/** One line per jar in {@code dropins/} that is not installed, saying why as far as we can tell. */
	static List<String> problems() {
		Path dropins = dropinsFolder();
		if (dropins == null || !Files.isDirectory(dropins)) {
			return List.of();
		}
		BundleContext context = FrameworkUtil.getBundle(DropinsReport.class).getBundleContext();
		List<String> problems = new ArrayList<>();
		try (Stream<Path> jars = Files.list(dropins)) {
			for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
				String problem = problem(jar, context.getBundles());
				if (problem != null) {
					problems.add("dropins/" + jar.getFileName() + ": " + problem);
				}
			}
		} catch (IOException e) {
			problems.add(dropins + ": cannot be listed: " + e.getMessage());
		}
		return problems;
	}

	private static String problem(Path jar, Bundle[] bundles) {
		Manifest manifest;
		try (JarFile file = new JarFile(jar.toFile())) {
			manifest = file.getManifest();
		} catch (IOException e) {
			return "not a readable jar: " + e.getMessage();
		}
		String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
		if (name == null) {
			return "not an OSGi bundle (no Bundle-SymbolicName in its manifest)";
		}
		String symbolicName = name.split(";")[0].strip();
		for (Bundle bundle : bundles) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				return bundle.getState() == Bundle.INSTALLED ? "installed but not resolved" : null;
			}
		}
		List<String> missing = new ArrayList<>();
		String required = manifest.getMainAttributes().getValue("Require-Bundle");
		if (required != null) {
			for (String clause : required.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
				String requiredName = clause.split(";")[0].strip();
				boolean optional = clause.contains("resolution:=optional");
				if (!optional && Arrays.stream(bundles).noneMatch(b -> requiredName.equals(b.getSymbolicName()))) {
					missing.add(requiredName);
				}
			}
		}
		return "not installed (" + symbolicName + ")" + (missing.isEmpty()
				? ": check its Import-Package and Bundle-RequiredExecutionEnvironment, and that the install folder is writable"
				: ": it requires " + String.join(", ", missing) + ", which is not installed");
	}

	private static Path dropinsFolder() {
		String install = System.getProperty("osgi.install.area");
		if (install == null) {
			return null;
		}
		try {
			return Path.of(new URI(install.replace(" ", "%20"))).resolve("dropins");
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}
}
