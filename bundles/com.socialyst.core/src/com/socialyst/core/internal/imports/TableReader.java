package com.socialyst.core.internal.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.socialyst.core.imports.ImportException;
import com.socialyst.core.imports.ImportProblem;

/**
 * Turns a table in a known {@link Layout} into values per day: daily layouts give one value per cell; per-post
 * layouts sum their posts per day (a post seen twice, as when two exports overlap, counts once: the later row
 * wins, since exports report lifetime totals that only grow); source-filtered layouts (GA4) sum the rows of the
 * channel's sources.
 */
final class TableReader {

	private static final String POSTS = "posts";

	private final CsvTable table;
	private final Layout layout;
	private final String datePattern;
	private final Predicate<String> sourceFilter;

	/**
	 * @param datePattern the user's date pattern, or null to detect
	 * @param sourceFilter which traffic sources belong to the channel; used by layouts with a source column
	 */
	TableReader(CsvTable table, Layout layout, String datePattern, Predicate<String> sourceFilter) {
		this.table = table;
		this.layout = layout;
		this.datePattern = datePattern;
		this.sourceFilter = sourceFilter;
	}

	ParsedFile read() throws ImportException {
		ParsedFile parsed = new ParsedFile(table.file(), layout.name());
		int dateColumn = table.column(layout.dateHeaders().toArray(String[]::new));
		if (dateColumn < 0) {
			throw fileProblem("no date column (expected a column named " + String.join(" or ", layout.dateHeaders())
					+ (layout.bySource() ? "; add the Date dimension to the GA4 report before exporting it" : "") + ")");
		}
		Map<Integer, String> fields;
		try {
			fields = layout.fieldColumns(table);
		} catch (IllegalArgumentException e) {
			throw fileProblem(e.getMessage());
		}
		if (fields.isEmpty()) {
			throw fileProblem("no column with values to import (expected one of "
					+ String.join(", ", layout.fields().values().stream().map(h -> h.get(0)).toList()) + ")");
		}
		noteIgnoredColumns(parsed, dateColumn, fields);
		List<CsvTable.Row> rows = dataRows(parsed, dateColumn);
		Numbers numbers = table.numbers(rows, fields.keySet());
		Dates dates = table.dates(rows, dateColumn, datePattern, layout.slashOrder());
		int idColumn = layout.perPost() ? table.column(layout.idHeaders().toArray(String[]::new)) : -1;
		int sourceColumn = layout.bySource() ? table.column(layout.sourceHeaders().toArray(String[]::new)) : -1;

		Map<String, DayValues> posts = new LinkedHashMap<>();
		Map<LocalDate, DayValues> sums = new TreeMap<>();
		int otherSources = 0;
		for (CsvTable.Row row : rows) {
			parsed.rows++;
			if (sourceColumn >= 0) {
				String source = row.cell(sourceColumn);
				if (source.isBlank() || source.toLowerCase(java.util.Locale.ROOT).contains("total") || !sourceFilter.test(source)) {
					otherSources++;
					continue;
				}
			}
			RowProblems problems = new RowProblems(table, row);
			LocalDate date = null;
			try {
				date = dates.parse(row.cell(dateColumn));
			} catch (DateTimeException e) {
				problems.add(dateColumn, e.getMessage());
			}
			DayValues values = new DayValues(date, row.line());
			fields.forEach((column, field) -> {
				try {
					double value = numbers.parse(row.cell(column));
					if (!Double.isNaN(value)) {
						values.values.put(field, value);
					}
				} catch (NumberFormatException e) {
					problems.add(column, e.getMessage());
				}
			});
			if (idColumn >= 0 && row.cell(idColumn).isBlank()) {
				problems.add(idColumn, "the post id is empty");
			}
			if (!problems.isEmpty()) {
				parsed.badRows.addAll(problems.list());
				continue;
			}
			if (idColumn >= 0) {
				if (posts.put(row.cell(idColumn), values) != null) {
					parsed.notes.add(table.file().getFileName() + ":" + row.line() + ": post " + row.cell(idColumn)
							+ " appears again; its later row counts");
				}
			} else if (sourceColumn >= 0) {
				sums.computeIfAbsent(date, d -> new DayValues(d, row.line())).add(values);
			} else {
				values.values.forEach((field, value) -> parsed.points
						.add(new Point(null, field, values.date, value, table.file(), values.line)));
			}
		}
		if (otherSources > 0) {
			parsed.notes.add(table.file().getFileName() + ": " + otherSources
					+ " rows of other traffic sources left out");
		}
		if (idColumn >= 0) {
			for (DayValues post : posts.values()) {
				DayValues day = sums.computeIfAbsent(post.date, d -> new DayValues(d, post.line));
				day.add(post);
				day.values.merge(POSTS, 1.0, Double::sum);
			}
		}
		sums.values().forEach(day -> day.values.forEach((field, value) -> parsed.points
				.add(new Point(null, field, day.date, value, table.file(), day.line))));
		return parsed;
	}

	/** The rows holding data: a first row of column descriptions (Facebook) is not data. */
	private List<CsvTable.Row> dataRows(ParsedFile parsed, int dateColumn) {
		List<CsvTable.Row> rows = table.rows();
		if (layout.descriptionRow() && !rows.isEmpty() && rows.get(0).cell(dateColumn).isBlank()) {
			parsed.notes.add(table.file().getFileName() + ":" + rows.get(0).line()
					+ ": row of column descriptions left out");
			return rows.subList(1, rows.size());
		}
		return rows;
	}

	private void noteIgnoredColumns(ParsedFile parsed, int dateColumn, Map<Integer, String> fields) {
		List<String> ignored = new ArrayList<>();
		int idColumn = table.column(layout.idHeaders().toArray(String[]::new));
		int sourceColumn = table.column(layout.sourceHeaders().toArray(String[]::new));
		for (int i = 0; i < table.header().size(); i++) {
			if (i != dateColumn && i != idColumn && i != sourceColumn && !fields.containsKey(i)
					&& !table.header().get(i).isBlank()) {
				ignored.add(table.header().get(i));
			}
		}
		if (!ignored.isEmpty()) {
			parsed.notes.add(table.file().getFileName() + ": columns not imported: " + String.join(", ", ignored));
		}
	}

	private ImportException fileProblem(String reason) {
		return new ImportException(ImportProblem.ofRow(table.file(), table.headerLine(), reason));
	}

	/** The values of one row or one day. */
	private static final class DayValues {
		final LocalDate date;
		final int line;
		final Map<String, Double> values = new HashMap<>();

		DayValues(LocalDate date, int line) {
			this.date = date;
			this.line = line;
		}

		void add(DayValues other) {
			other.values.forEach((field, value) -> values.merge(field, value, Double::sum));
		}
	}
}
