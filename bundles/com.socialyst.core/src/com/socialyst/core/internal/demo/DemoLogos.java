package com.socialyst.core.internal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.socialyst.core.storage.AtomicFiles;
import com.socialyst.model.Brand;

/**
 * Logos of the demo brands, as SVG files in the portfolio's {@code logos/} folder: a mark in the brand's colours and
 * the brand's name, so that reports show a real logo of each kind of brand.
 */
public final class DemoLogos {

	/** The folder, relative to the portfolio, the demo's logos are in. */
	public static final String FOLDER = "logos";

	private DemoLogos() {
	}

	/** The logo path a demo brand named by {@code id} gets. */
	public static String path(String id) {
		return FOLDER + "/" + id + ".svg";
	}

	/** Writes the logo {@code brand} names (when it names one) under {@code portfolioFolder}. */
	public static void write(Path portfolioFolder, Brand brand) throws IOException {
		if (brand == null || brand.getLogoPath() == null) {
			return;
		}
		Path file = portfolioFolder.resolve(brand.getLogoPath());
		Files.createDirectories(file.getParent());
		byte[] svg = svg(brand.getName(), brand.getPrimaryColor(), brand.getSecondaryColor()).getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(file, false, out -> out.write(svg));
	}

	static String svg(String name, String primary, String secondary) {
		String text = name.replace("&", "&amp;").replace("<", "&lt;");
		int width = 80 + 11 * name.length();
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"60\" viewBox=\"0 0 " + width
				+ " 60\">\n" + "  <rect x=\"4\" y=\"6\" width=\"48\" height=\"48\" rx=\"10\" fill=\"" + primary + "\"/>\n"
				+ "  <circle cx=\"38\" cy=\"20\" r=\"10\" fill=\"" + secondary + "\"/>\n"
				+ "  <text x=\"62\" y=\"38\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"18\" font-weight=\"bold\" fill=\""
				+ primary + "\">" + text + "</text>\n</svg>\n";
	}
}
