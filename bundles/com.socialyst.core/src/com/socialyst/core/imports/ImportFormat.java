package com.socialyst.core.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The file formats {@link PlatformDataImporter} reads. Each vendor format covers the layouts that vendor exports
 * (for example X's per-post and per-day files); {@code docs/import-formats.md} lists the headers of each.
 */
public enum ImportFormat {
	/** Detect the format from the header row. */
	AUTO,
	/** Our own long ({@code date,channel,field,value}) or wide ({@code date} plus one column per field) CSV. */
	GENERIC,
	/** X (Twitter) analytics: the tweet/post activity export and the account overview export. */
	X,
	/** Meta (Facebook Page, Instagram): Page insights data export, Business Suite content and metric exports. */
	META,
	/** LinkedIn page analytics: content (updates), followers and visitors exports. */
	LINKEDIN,
	/** Google Analytics 4 reports by session source with a Date dimension. */
	GA4,
	/** Listening mentions, one per row. */
	MENTIONS;

	/** The name users type: {@code auto}, {@code generic}, {@code x}… */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format named {@code id} (case-insensitive). */
	public static ImportFormat fromId(String id) {
		for (ImportFormat format : values()) {
			if (format.id().equalsIgnoreCase(id.trim())) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown format '" + id + "' (expected one of " + ids() + ")");
	}

	/** All ids, comma-separated, for messages. */
	public static String ids() {
		return Arrays.stream(values()).map(ImportFormat::id).collect(Collectors.joining(", "));
	}
}
