package com.socialyst.report.birt.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The DejaVu fonts this bundle ships, written to a folder on disk when the engine starts: BIRT's PDF and office
 * emitters read fonts only from real folders, never from inside a jar.
 */
public final class Fonts {

	static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
			"DejaVuSans-BoldOblique.ttf");

	private Fonts() {
	}

	/** Writes the fonts and a font configuration naming them to a new temporary folder; the configuration's URL. */
	public static URL extract() {
		try {
			Path folder = Files.createTempDirectory("socialyst-fonts");
			for (String file : FILES) {
				copy("fonts/" + file, folder.resolve(file));
			}
			String config = read("fonts/fontsConfig.xml").replace("@FONTS@", folder.toString().replace('\\', '/'));
			Path configFile = folder.resolve("fontsConfig.xml");
			Files.writeString(configFile, config, StandardCharsets.UTF_8);
			folder.toFile().deleteOnExit();
			for (String file : FILES) {
				folder.resolve(file).toFile().deleteOnExit();
			}
			configFile.toFile().deleteOnExit();
			registerWithJava(folder);
			loadForPdf(folder);
			return configFile.toUri().toURL();
		} catch (MalformedURLException e) {
			throw new IllegalStateException(e);
		} catch (IOException e) {
			throw new UncheckedIOException("the report fonts cannot be written to a temporary folder: " + e.getMessage(), e);
		}
	}

	/**
	 * Charts are drawn by Java2D, which knows only the fonts of the machine and those registered here, not BIRT's
	 * font configuration: without this a machine lacking DejaVu would draw chart labels in a font without Cyrillic.
	 */
	private static void registerWithJava(Path folder) {
		GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
		for (String file : FILES) {
			try {
				graphics.registerFont(Font.createFont(Font.TRUETYPE_FONT, folder.resolve(file).toFile()));
			} catch (FontFormatException | IOException e) {
				throw new IllegalStateException(file + " is not a usable font: " + e.getMessage(), e);
			}
		}
	}

	/**
	 * The PDF writer reads a font file it opened itself four bytes per system call, tens of thousands of calls for every
	 * PDF that embeds it. Fonts it finds in its cache, loaded here from memory, are read from memory instead.
	 */
	private static void loadForPdf(Path folder) throws IOException {
		for (String file : FILES) {
			Path font = folder.resolve(file);
			try {
				// the cache key is the path as BIRT registers the folder's files, the encoding and embedding it asks for
				BaseFont.createFont(font.toFile().getPath(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
						Files.readAllBytes(font), null);
			} catch (DocumentException e) {
				throw new IllegalStateException(file + " is not a usable font: " + e.getMessage(), e);
			}
		}
	}

	private static void copy(String resource, Path target) throws IOException {
		try (InputStream in = open(resource)) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String read(String resource) throws IOException {
		try (InputStream in = open(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static InputStream open(String resource) throws IOException {
		InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IOException(resource + " is missing from the report engine bundle");
		}
		return in;
	}
}
