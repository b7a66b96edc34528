package com.socialyst.report.birt;

import java.nio.file.Path;

/**
 * How a report is written.
 *
 * @param format {@code pdf}, {@code html}, {@code docx}, {@code pptx}, {@code xlsx} or another BIRT emitter id
 * @param htmlImages for HTML only: the folder images and charts are written to, linked by relative paths from
 *            {@code htmlImagesUrl}; null embeds them in the page as data URIs, so the page is one self-contained file
 * @param htmlImagesUrl the relative URL of {@code htmlImages} as seen from the HTML file (e.g. {@code acme_files})
 */
public record OutputOptions(String format, Path htmlImages, String htmlImagesUrl) {

	/** {@code format}, with HTML self-contained. */
	public static OutputOptions of(String format) {
		return new OutputOptions(format, null, null);
	}
}
