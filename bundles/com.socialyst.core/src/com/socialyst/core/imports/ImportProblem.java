package com.socialyst.core.imports;

import java.nio.file.Path;

/**
 * What is wrong with one place of an import file, located as precisely as possible.
 *
 * @param file the file
 * @param line the 1-based physical line where the row starts; 0 when the problem concerns the whole file
 * @param column the 1-based column; 0 when the problem concerns the whole row or file
 * @param columnName the column's header; {@code null} when unknown or not about a column
 * @param reason what is wrong, in words a user understands
 */
public record ImportProblem(Path file, int line, int column, String columnName, String reason) {

	/** A problem with the whole file. */
	public static ImportProblem ofFile(Path file, String reason) {
		return new ImportProblem(file, 0, 0, null, reason);
	}

	/** A problem with a whole row. */
	public static ImportProblem ofRow(Path file, int line, String reason) {
		return new ImportProblem(file, line, 0, null, reason);
	}

	/** {@code file:line: column 3 (likes): reason}, leaving out what is unknown. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			text.append(':').append(line);
		}
		text.append(": ");
		if (column > 0) {
			text.append("column ").append(column);
			if (columnName != null) {
				text.append(" (").append(columnName).append(')');
			}
			text.append(": ");
		}
		return text.append(reason).toString();
	}
}
