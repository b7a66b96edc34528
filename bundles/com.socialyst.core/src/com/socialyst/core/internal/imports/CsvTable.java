package com.socialyst.core.internal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.socialyst.core.imports.ImportException;
import com.socialyst.core.imports.ImportProblem;

/**
 * A CSV export as a header and rows, each row knowing the physical line it starts on (quoted cells may span
 * lines). Handles what real exports contain before the header: {@code #} comment blocks (GA4), a {@code sep=;}
 * hint (Excel, Meta), a one-cell title line (Meta Business Suite, LinkedIn). The delimiter (comma, semicolon or
 * tab) is taken from the header line. Parsing itself is commons-csv's.
 */
final class CsvTable {

	/** A data row: its cells and the line it starts on. */
	record Row(int line, List<String> cells) {

		/** The cell at {@code index}, or "" when the row is shorter (exports drop trailing empty cells). */
		String cell(int index) {
			return index < cells.size() ? cells.get(index) : "";
		}
	}

	private final Path file;
	private final String title;
	private final char delimiter;
	private final int headerLine;
	private final List<String> header;
	private final List<Row> rows;

	private CsvTable(Path file, String title, char delimiter, int headerLine, List<String> header, List<Row> rows) {
		this.file = file;
		this.title = title;
		this.delimiter = delimiter;
		this.headerLine = headerLine;
		this.header = header;
		this.rows = rows;
	}

	Path file() {
		return file;
	}

	/** The title line above the header, or {@code null}. */
	String title() {
		return title;
	}

	char delimiter() {
		return delimiter;
	}

	int headerLine() {
		return headerLine;
	}

	List<String> header() {
		return header;
	}

	List<Row> rows() {
		return rows;
	}

	/** The index of the first column named like one of {@code names} (case and spacing ignored), or -1. */
	int column(String... names) {
		for (String name : names) {
			String wanted = normalize(name);
			for (int i = 0; i < header.size(); i++) {
				if (normalize(header.get(i)).equals(wanted)) {
					return i;
				}
			}
		}
		return -1;
	}

	/** A header name in comparable form: lower case, single spaces, no surrounding quotes or spaces. */
	static String normalize(String name) {
		return name.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * The number style of the cells of {@code columns} in {@code rows}.
	 *
	 * @throws ImportException naming the header line when the file mixes decimal points and commas
	 */
	Numbers numbers(List<Row> rows, Collection<Integer> columns) throws ImportException {
		List<String> cells = new ArrayList<>();
		rows.forEach(row -> columns.forEach(column -> cells.add(row.cell(column))));
		try {
			return Numbers.detect(cells, delimiter);
		} catch (IllegalArgumentException e) {
			throw new ImportException(ImportProblem.ofRow(file, headerLine, e.getMessage()));
		}
	}

	/**
	 * How the dates of {@code column} in {@code rows} are written: the user's pattern, or detected.
	 *
	 * @param vendorOrder the slash order the file's vendor writes, or null
	 * @throws ImportException naming the date column when the dates are ambiguous or the pattern is invalid
	 */
	Dates dates(List<Row> rows, int column, String pattern, Dates.SlashOrder vendorOrder) throws ImportException {
		try {
			return pattern != null ? Dates.withPattern(pattern)
					: Dates.detect(rows.stream().map(r -> r.cell(column)).toList(), vendorOrder);
		} catch (IllegalArgumentException e) {
			throw new ImportException(new ImportProblem(file, headerLine, column + 1, header.get(column), e.getMessage()));
		}
	}

	/** Reads {@code file}. */
	static CsvTable read(Path file) throws ImportException {
		return parse(file, TextFiles.read(file));
	}

	static CsvTable parse(Path file, String text) throws ImportException {
		int[] lineStarts = lineStarts(text);
		Character hinted = null;
		String title = null;
		int line = 0; // 0-based index into lineStarts
		for (; line < lineStarts.length; line++) {
			String content = lineText(text, lineStarts, line).strip();
			if (content.isEmpty() || content.startsWith("#")) {
				continue;
			}
			if (content.toLowerCase(Locale.ROOT).matches("\"?sep=.\"?")) {
				hinted = content.replace("\"", "").charAt(4);
				continue;
			}
			char candidate = hinted != null ? hinted : sniffDelimiter(content);
			if (title == null && cellCount(content, candidate) == 1 && nextLineHasCells(text, lineStarts, line + 1)) {
				title = content.replace("\"", "").strip();
				continue;
			}
			break;
		}
		if (line >= lineStarts.length) {
			throw new ImportException(ImportProblem.ofFile(file, "no header row: the file is empty"));
		}
		String headerText = lineText(text, lineStarts, line);
		char delimiter = hinted != null ? hinted : sniffDelimiter(headerText);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
				.setIgnoreSurroundingSpaces(true).build();
		int offset = lineStarts[line];
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(offset)), format)) {
			for (CSVRecord record : parser) {
				int recordLine = lineOf(lineStarts, offset + (int) record.getCharacterPosition()) + 1;
				List<String> cells = Arrays.asList(record.values());
				if (header == null) {
					header = cells.stream().map(String::strip).toList();
				} else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
					rows.add(new Row(recordLine, cells));
				}
			}
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			String reason = e.getMessage() == null ? e.toString() : e.getMessage();
			throw new ImportException(ImportProblem.ofFile(file, "not valid CSV: " + reason));
		}
		if (header == null) {
			throw new ImportException(ImportProblem.ofFile(file, "no header row: the file is empty"));
		}
		return new CsvTable(file, title, delimiter, line + 1, header, List.copyOf(rows));
	}

	/** The delimiter used most outside quotes in {@code line}: comma, semicolon or tab. */
	static char sniffDelimiter(String line) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted) {
				if (c == ',') {
					comma++;
				} else if (c == ';') {
					semicolon++;
				} else if (c == '\t') {
					tab++;
				}
			}
		}
		if (tab > comma && tab > semicolon) {
			return '\t';
		}
		return semicolon > comma ? ';' : ',';
	}

	private static int cellCount(String line, char delimiter) {
		String[] cells = line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
		return (int) Arrays.stream(cells).filter(c -> !c.replace("\"", "").isBlank()).count();
	}

	private static boolean nextLineHasCells(String text, int[] lineStarts, int from) {
		for (int line = from; line < lineStarts.length; line++) {
			String content = lineText(text, lineStarts, line).strip();
			if (!content.isEmpty()) {
				return cellCount(content, sniffDelimiter(content)) > 1;
			}
		}
		return false;
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				if (i + 1 < text.length()) {
					starts.add(i + 1);
				}
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static String lineText(String text, int[] lineStarts, int line) {
		int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
		return text.substring(lineStarts[line], end).replaceAll("[\r\n]+$", "");
	}

	/** The 0-based line holding character {@code position}. */
	private static int lineOf(int[] lineStarts, int position) {
		int index = Arrays.binarySearch(lineStarts, position);
		return index >= 0 ? index : -index - 2;
	}
}
