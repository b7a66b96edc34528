package com.socialyst.core.internal.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.socialyst.core.imports.ImportProblem;

/** What one file yielded: values or mentions, the rows that were bad, and notes for the user. */
final class ParsedFile {

	final Path file;
	final String layout;
	final List<Point> points = new ArrayList<>();
	final List<MentionRow> mentions = new ArrayList<>();
	final List<ImportProblem> badRows = new ArrayList<>();
	final List<String> notes = new ArrayList<>();
	int rows;

	ParsedFile(Path file, String layout) {
		this.file = file;
		this.layout = layout;
	}

	/** Whether the file names a channel in each row (generic long files may). */
	boolean namesChannels() {
		return points.stream().anyMatch(p -> p.channel() != null);
	}
}
