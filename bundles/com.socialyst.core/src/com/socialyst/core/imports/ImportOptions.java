package com.socialyst.core.imports;

import java.util.Objects;

/**
 * How to read and merge the files of one import.
 *
 * @param format the format of the files, or {@link ImportFormat#AUTO}
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern for the date column, needed only when the
 *        dates are ambiguous (such as {@code 03/04/2026}); {@code null} = detect
 * @param skipBadRows import the good rows and list the bad ones, instead of importing nothing
 * @param replace overwrite values the workspace already holds for the same day, instead of refusing
 */
public record ImportOptions(ImportFormat format, String dateFormat, boolean skipBadRows, boolean replace) {

	public ImportOptions {
		Objects.requireNonNull(format, "format");
		if (dateFormat != null && dateFormat.isBlank()) {
			dateFormat = null;
		}
	}

	/** Detect everything, all-or-nothing, never overwrite. */
	public static ImportOptions defaults() {
		return new ImportOptions(ImportFormat.AUTO, null, false, false);
	}
}
