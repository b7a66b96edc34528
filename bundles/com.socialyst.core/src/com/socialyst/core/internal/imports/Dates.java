package com.socialyst.core.internal.imports;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of one column. Understands ISO ({@code 2026-03-04}, with or without a time), GA4's
 * {@code 20260304}, day-first {@code 04.03.2026} and {@code 04-03-2026}, and slashed dates, whose order (month or
 * day first) is decided once per column from the values: a column where every value fits both orders is ambiguous
 * unless the format says which its vendor writes, and then the user must pass a pattern. Times after the date are
 * ignored: a value belongs to the day written in the file.
 */
final class Dates {

	/** Which part a slashed date starts with. */
	enum SlashOrder {
		MONTH_FIRST("MM/dd/yyyy"), DAY_FIRST("dd/MM/yyyy");

		final String pattern;

		SlashOrder(String pattern) {
			this.pattern = pattern;
		}
	}

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?");
	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
	private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\.?([ T].*)?");
	private static final Pattern DASHED = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})([ T].*)?");
	private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(,?[ T].*)?");

	private final DateTimeFormatter pattern;
	private final String patternText;
	private final SlashOrder slashOrder;

	private Dates(DateTimeFormatter pattern, String patternText, SlashOrder slashOrder) {
		this.pattern = pattern;
		this.patternText = patternText;
		this.slashOrder = slashOrder;
	}

	/** Dates read with the user's {@link DateTimeFormatter} pattern. */
	static Dates withPattern(String pattern) {
		try {
			return new Dates(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH), pattern, null);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("--date-format '" + pattern + "' is not a date pattern: " + e.getMessage());
		}
	}

	/**
	 * Dates read by shape, the slash order decided from {@code cells}.
	 *
	 * @param vendorOrder the order the file's vendor writes, or null when unknown
	 * @throws IllegalArgumentException when the slash order cannot be decided; the message says what to pass
	 */
	static Dates detect(Collection<String> cells, SlashOrder vendorOrder) {
		String monthFirstProof = null;
		String dayFirstProof = null;
		String example = null;
		for (String cell : cells) {
			Matcher matcher = SLASHED.matcher(cell.strip());
			if (!matcher.matches()) {
				continue;
			}
			example = example == null ? cell.strip() : example;
			if (Integer.parseInt(matcher.group(1)) > 12) {
				dayFirstProof = dayFirstProof == null ? cell.strip() : dayFirstProof;
			}
			if (Integer.parseInt(matcher.group(2)) > 12) {
				monthFirstProof = monthFirstProof == null ? cell.strip() : monthFirstProof;
			}
		}
		if (monthFirstProof != null && dayFirstProof != null) {
			throw new IllegalArgumentException("the dates mix month-first (" + monthFirstProof + ") and day-first ("
					+ dayFirstProof + ") order");
		}
		SlashOrder order = monthFirstProof != null ? SlashOrder.MONTH_FIRST
				: dayFirstProof != null ? SlashOrder.DAY_FIRST : vendorOrder;
		if (example != null && order == null) {
			throw new IllegalArgumentException("dates such as " + example + " can be read as MM/dd/yyyy or dd/MM/yyyy:"
					+ " pass --date-format MM/dd/yyyy or --date-format dd/MM/yyyy");
		}
		return new Dates(null, null, order);
	}

	/**
	 * The day {@code cell} names.
	 *
	 * @throws DateTimeException with a message for the user
	 */
	LocalDate parse(String cell) {
		String text = cell.strip();
		if (text.isEmpty()) {
			throw new DateTimeException("the date is empty");
		}
		if (pattern != null) {
			return byPattern(text);
		}
		try {
			Matcher matcher;
			if ((matcher = ISO.matcher(text)).matches() || (matcher = COMPACT.matcher(text)).matches()) {
				return date(matcher.group(1), matcher.group(2), matcher.group(3));
			}
			if ((matcher = DOTTED.matcher(text)).matches() || (matcher = DASHED.matcher(text)).matches()) {
				return date(matcher.group(3), matcher.group(2), matcher.group(1));
			}
			if ((matcher = SLASHED.matcher(text)).matches() && slashOrder != null) {
				return slashOrder == SlashOrder.MONTH_FIRST ? date(matcher.group(3), matcher.group(1), matcher.group(2))
						: date(matcher.group(3), matcher.group(2), matcher.group(1));
			}
		} catch (DateTimeException e) {
			throw new DateTimeException("\"" + cell + "\" is not a valid date: " + e.getMessage());
		}
		throw new DateTimeException("\"" + cell + "\" is not a date (expected yyyy-MM-dd, dd.MM.yyyy, MM/dd/yyyy"
				+ " or dd/MM/yyyy; pass --date-format for other forms)");
	}

	private LocalDate byPattern(String text) {
		ParsePosition position = new ParsePosition(0);
		try {
			// A pattern for the date alone also reads cells with a time after the date.
			TemporalAccessor parsed = pattern.parse(text, position);
			return LocalDate.from(parsed);
		} catch (DateTimeException e) {
			throw new DateTimeException("\"" + text + "\" does not match --date-format " + patternText + ": " + e.getMessage());
		}
	}

	private static LocalDate date(String year, String month, String day) {
		return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
	}
}
