package com.socialyst.core.internal.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import com.socialyst.core.imports.ImportException;

/**
 * Reads generic long CSV, one value per row: {@code date,channel,field,value}. The channel column is optional; when
 * present it names the channel account ({@code platform:handle}) so a whole client exported by
 * {@code socialyst export} imports back in one go.
 */
final class LongReader {

	static final String NAME = "generic long CSV (date, channel, field, value)";

	private final CsvTable table;
	private final String datePattern;

	LongReader(CsvTable table, String datePattern) {
		this.table = table;
		this.datePattern = datePattern;
	}

	static boolean matches(CsvTable table) {
		return table.column("date") >= 0 && table.column("field") >= 0 && table.column("value") >= 0;
	}

	ParsedFile read() throws ImportException {
		ParsedFile parsed = new ParsedFile(table.file(), NAME);
		int date = table.column("date");
		int channel = table.column("channel");
		int field = table.column("field");
		int value = table.column("value");
		List<CsvTable.Row> rows = table.rows();
		Numbers numbers = table.numbers(rows, List.of(value));
		Dates dates = table.dates(rows, date, datePattern, null);
		for (CsvTable.Row row : rows) {
			parsed.rows++;
			RowProblems problems = new RowProblems(table, row);
			LocalDate day = null;
			double number = Double.NaN;
			try {
				day = dates.parse(row.cell(date));
			} catch (DateTimeException e) {
				problems.add(date, e.getMessage());
			}
			String fieldId = Layouts.fieldId(row.cell(field));
			if (fieldId.isEmpty()) {
				problems.add(field, "the field is empty");
			}
			try {
				number = numbers.parse(row.cell(value));
			} catch (NumberFormatException e) {
				problems.add(value, e.getMessage());
			}
			if (!problems.isEmpty()) {
				parsed.badRows.addAll(problems.list());
			} else if (!Double.isNaN(number)) {
				String channelSpec = channel >= 0 && !row.cell(channel).isBlank() ? row.cell(channel).strip() : null;
				parsed.points.add(new Point(channelSpec, fieldId, day, number, table.file(), row.line()));
			}
		}
		return parsed;
	}
}
