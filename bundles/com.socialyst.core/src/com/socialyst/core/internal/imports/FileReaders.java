package com.socialyst.core.internal.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.socialyst.core.imports.ImportException;
import com.socialyst.core.imports.ImportFormat;
import com.socialyst.core.imports.ImportProblem;
import com.socialyst.core.imports.RecognisedLayout;

/** Recognises a file's layout (from its header, or among the layouts of the format the user named) and reads it. */
public final class FileReaders {

	private FileReaders() {
	}

	/**
	 * Reads {@code file}.
	 *
	 * @param channel the channel the values go to; needed for GA4 (its rows are filtered by source), else may be
	 *        null
	 */
	static ParsedFile read(Path file, ImportFormat format, String datePattern, ChannelSpec channel)
			throws ImportException {
		CsvTable table = CsvTable.read(file);
		if ((format == ImportFormat.AUTO || format == ImportFormat.MENTIONS) && MentionReader.matches(table)) {
			return new MentionReader(table, datePattern).read();
		}
		if ((format == ImportFormat.AUTO || format == ImportFormat.GENERIC) && LongReader.matches(table)) {
			return new LongReader(table, datePattern).read();
		}
		for (Layout layout : Layouts.VENDOR) {
			if ((format == ImportFormat.AUTO || format == layout.format()) && layout.matches(table)) {
				if (layout.bySource() && channel == null) {
					throw new ImportException(ImportProblem.ofFile(file, "a GA4 file needs --channel: its rows are "
							+ "filtered by the channel's traffic sources"));
				}
				return new TableReader(table, layout, datePattern, channel == null ? s -> false : channel::ownsSource)
						.read();
			}
		}
		if ((format == ImportFormat.AUTO || format == ImportFormat.GENERIC) && Layouts.GENERIC_WIDE.matches(table)) {
			return new TableReader(table, Layouts.GENERIC_WIDE, datePattern, s -> false).read();
		}
		throw new ImportException(ImportProblem.ofRow(file, table.headerLine(), unrecognised(format, table)));
	}

	/**
	 * What {@link #read} would take {@code file} for, without reading its rows: the format and the layout's name
	 * ("X post activity export (per post)", "long CSV" …), or null when no layout matches.
	 */
	public static RecognisedLayout recognise(Path file) throws ImportException {
		CsvTable table = CsvTable.read(file);
		if (MentionReader.matches(table)) {
			return new RecognisedLayout(ImportFormat.MENTIONS, "mentions export");
		}
		if (LongReader.matches(table)) {
			return new RecognisedLayout(ImportFormat.GENERIC, "long CSV (date, field, value)");
		}
		for (Layout layout : Layouts.VENDOR) {
			if (layout.matches(table)) {
				return new RecognisedLayout(layout.format(), layout.name());
			}
		}
		if (Layouts.GENERIC_WIDE.matches(table)) {
			return new RecognisedLayout(ImportFormat.GENERIC, Layouts.GENERIC_WIDE.name());
		}
		return null;
	}

	private static String unrecognised(ImportFormat format, CsvTable table) {
		String found = table.header().stream().limit(12).map(h -> "'" + h + "'").collect(Collectors.joining(", "));
		List<String> expected = switch (format) {
			case MENTIONS -> List.of("date, sentiment and author_type or brand");
			case GENERIC -> List.of("date, field, value (long) or date plus one column per field (wide)");
			case AUTO -> List.of("the headers of a supported export (see docs/import-formats.md)");
			default -> Layouts.VENDOR.stream().filter(l -> l.format() == format)
					.map(l -> l.name() + ": " + l.signature().stream().map(g -> String.join(" or ", g))
							.collect(Collectors.joining(" and ")))
					.toList();
		};
		return "not recognised as " + (format == ImportFormat.AUTO ? "any supported format" : format.id() + " data")
				+ ". Expected " + String.join("; ", expected) + ". Found columns " + found;
	}
}
