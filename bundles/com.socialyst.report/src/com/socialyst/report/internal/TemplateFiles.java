package com.socialyst.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.report.ReportKind;

/**
 * Where templates are: the built-in ones of this bundle (written to a folder on disk on first use, because BIRT reads
 * designs, libraries and images from files), or a portfolio's own in its {@code templates/} folder, which win by
 * file name.
 */
public final class TemplateFiles {

	/** The folder of a portfolio that holds its own templates. */
	public static final String PORTFOLIO_FOLDER = "templates";

	/** The library of brand styles and the master page the built-in templates share. */
	public static final String LIBRARY = "socialyst.rptlibrary";

	private final Path builtIn;

	private TemplateFiles(Path builtIn) {
		this.builtIn = builtIn;
	}

	/** The built-in templates, written out from this bundle. */
	public static TemplateFiles extract() {
		try {
			Path folder = Files.createTempDirectory("socialyst-templates");
			Bundle bundle = FrameworkUtil.getBundle(TemplateFiles.class);
			Enumeration<URL> entries = bundle.findEntries(PORTFOLIO_FOLDER, "*", false);
			while (entries != null && entries.hasMoreElements()) {
				URL entry = entries.nextElement();
				String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
				if (name.isEmpty()) {
					continue;
				}
				Path target = folder.resolve(name);
				try (InputStream in = entry.openStream()) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
				target.toFile().deleteOnExit();
			}
			folder.toFile().deleteOnExit();
			return new TemplateFiles(folder);
		} catch (IOException e) {
			throw new UncheckedIOException("the report templates cannot be written to a temporary folder: " + e.getMessage(), e);
		}
	}

	/** The folder of the built-in templates, their library and label files. */
	public Path builtIn() {
		return builtIn;
	}

	/** The design of {@code kind}: the portfolio's own when it has one, else the built-in one. */
	public Path design(OpenPortfolio portfolio, ReportKind kind) {
		Path own = portfolio.folder().resolve(PORTFOLIO_FOLDER).resolve(kind.templateFile());
		return Files.isRegularFile(own) ? own : builtIn.resolve(kind.templateFile());
	}

	/**
	 * Where a design's library and images are looked up: the portfolio's templates folder when it has its own
	 * library, else the built-in folder (so a custom design can use the built-in library).
	 */
	public Path resources(OpenPortfolio portfolio) {
		Path own = portfolio.folder().resolve(PORTFOLIO_FOLDER);
		return Files.isRegularFile(own.resolve(LIBRARY)) ? own : builtIn;
	}
}
