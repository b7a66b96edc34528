package com.socialyst.core.internal.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import com.socialyst.core.imports.ImportException;
import com.socialyst.model.AuthorType;
import com.socialyst.model.Mention;
import com.socialyst.model.Platform;
import com.socialyst.model.Sentiment;

/**
 * Reads listening mentions, one per row: {@code date, platform, author_type, topic, sentiment, country, reach,
 * brand}. Only the date is required; an empty cell means "unknown". Enumerated values are matched by name in any
 * case ({@code Positive}, {@code twitter} for X); anything else is a bad row, never a guess.
 */
final class MentionReader {

	static final String NAME = "listening mentions CSV";

	private final CsvTable table;
	private final String datePattern;

	MentionReader(CsvTable table, String datePattern) {
		this.table = table;
		this.datePattern = datePattern;
	}

	static boolean matches(CsvTable table) {
		return table.column("date") >= 0 && table.column("sentiment") >= 0
				&& (table.column("author_type", "author type", "brand") >= 0);
	}

	ParsedFile read() throws ImportException {
		ParsedFile parsed = new ParsedFile(table.file(), NAME);
		int date = table.column("date");
		int platform = table.column("platform", "source", "site");
		int authorType = table.column("author_type", "author type");
		int topic = table.column("topic");
		int sentiment = table.column("sentiment");
		int country = table.column("country");
		int reach = table.column("reach");
		int brand = table.column("brand", "brand or competitor", "competitor");
		List<CsvTable.Row> rows = table.rows();
		Numbers numbers = reach < 0 ? Numbers.withDecimal('.') : table.numbers(rows, List.of(reach));
		Dates dates = table.dates(rows, date, datePattern, null);
		for (CsvTable.Row row : rows) {
			parsed.rows++;
			RowProblems problems = new RowProblems(table, row);
			LocalDate day = null;
			try {
				day = dates.parse(row.cell(date));
			} catch (DateTimeException e) {
				problems.add(date, e.getMessage());
			}
			Platform platformValue = enumerated(row, platform, problems, Platform.VALUES, MentionReader::platform);
			AuthorType authorValue = enumerated(row, authorType, problems, AuthorType.VALUES, AuthorType::get);
			Sentiment sentimentValue = enumerated(row, sentiment, problems, Sentiment.VALUES, Sentiment::get);
			String countryValue = text(row, country);
			if (countryValue != null && !countryValue.matches("[A-Za-z]{2}")) {
				problems.add(country, "\"" + countryValue + "\" is not a two-letter ISO country code");
			}
			double reachValue = Double.NaN;
			if (reach >= 0) {
				try {
					reachValue = numbers.parse(row.cell(reach));
				} catch (NumberFormatException e) {
					problems.add(reach, e.getMessage());
				}
			}
			if (!problems.isEmpty()) {
				parsed.badRows.addAll(problems.list());
				continue;
			}
			parsed.mentions.add(new MentionRow(new Mention(day, platformValue, authorValue, sentimentValue,
					text(row, topic), countryValue == null ? null : countryValue.toUpperCase(Locale.ROOT), reachValue,
					text(row, brand)), table.file(), row.line()));
		}
		return parsed;
	}

	private static String text(CsvTable.Row row, int column) {
		if (column < 0 || row.cell(column).isBlank()) {
			return null;
		}
		return row.cell(column).strip();
	}

	private static <E extends Enumerator> E enumerated(CsvTable.Row row, int column, RowProblems problems,
			List<E> values, Function<String, E> byLiteral) {
		String text = text(row, column);
		if (text == null) {
			return null;
		}
		E value = byLiteral.apply(text.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-'));
		if (value == null && !text.equalsIgnoreCase("unknown")) {
			problems.add(column, "\"" + text + "\" is not one of "
					+ values.stream().map(Enumerator::getLiteral).collect(Collectors.joining(", ")));
		}
		return value;
	}

	/** A platform by its literal; {@code twitter} is X's former name and still common in exports. */
	static Platform platform(String literal) {
		String name = literal.toLowerCase(Locale.ROOT);
		if (name.equals("twitter") || name.equals("twitter.com") || name.equals("x.com")) {
			return Platform.X;
		}
		return Arrays.stream(Platform.values()).filter(p -> name.equals(p.getLiteral()) || name.equals(p.getLiteral() + ".com"))
				.findFirst().orElse(null);
	}
}
