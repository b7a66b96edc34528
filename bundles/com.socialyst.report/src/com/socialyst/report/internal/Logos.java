package com.socialyst.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.socialyst.report.ReportException;
import com.socialyst.report.birt.Images;
import com.socialyst.report.birt.ReportEngineException;

/**
 * Brand logos as reports embed them: PNG and JPEG as they are, SVG drawn to a PNG (Word, PowerPoint and Excel output
 * cannot show SVG). Drawn logos are kept per file version, so a batch draws each logo once.
 */
public final class Logos {

	/**
	 * Width an SVG logo is drawn at: 300 dpi at the 4 cm it is shown at, sharp in print. Wider costs time in every
	 * PDF (its writer decodes the PNG pixel by pixel on each page).
	 */
	private static final int SVG_WIDTH_PIXELS = 480;

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	/**
	 * The image of the logo at {@code relativePath} (relative to the portfolio folder); null when the path is null.
	 *
	 * @param whose names the brand in an error message
	 * @throws ReportException when the file is missing or not a PNG, JPEG or SVG image
	 */
	public byte[] load(Path portfolioFolder, String relativePath, String whose) throws ReportException {
		if (relativePath == null) {
			return null;
		}
		Path file = portfolioFolder.resolve(relativePath);
		try {
			String key = file.toAbsolutePath() + "|" + Files.getLastModifiedTime(file).toMillis();
			byte[] cached = cache.get(key);
			if (cached != null) {
				return cached;
			}
			byte[] bytes = Files.readAllBytes(file);
			byte[] image = image(file, bytes, whose);
			cache.put(key, image);
			return image;
		} catch (IOException e) {
			throw new ReportException(whose + ": logo " + file + " cannot be read (" + e.getClass().getSimpleName()
					+ (e.getMessage() != null && !e.getMessage().equals(file.toString()) ? ": " + e.getMessage() : "")
					+ ")", e);
		}
	}

	private static byte[] image(Path file, byte[] bytes, String whose) throws ReportException {
		if (isPng(bytes) || isJpeg(bytes)) {
			return bytes;
		}
		if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
			try {
				return Images.svgToPng(file.toString(), bytes, SVG_WIDTH_PIXELS);
			} catch (ReportEngineException e) {
				throw new ReportException(whose + ": logo " + e.getMessage(), e);
			}
		}
		throw new ReportException(whose + ": logo " + file + " is not a PNG, JPEG or SVG image", null);
	}

	private static boolean isPng(byte[] bytes) {
		return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
	}

	private static boolean isJpeg(byte[] bytes) {
		return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
	}
}
