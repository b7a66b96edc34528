package com.socialyst.core.internal.imports;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the numbers of one file. Exports write {@code 1,234.5}, {@code 1.234,5}, {@code 1 234,5}, {@code 4.5%},
 * {@code $12.50}; whether the comma is a decimal or a thousands separator is decided once per file from the values
 * that are unambiguous (such as {@code 12,5} or {@code 1,234.5}), so that {@code 1,234} means the same in every row.
 * A file that uses both a decimal point and a decimal comma is refused by {@link #detect}.
 */
final class Numbers {

	/** Cells that mean "no value" in exports. */
	private static final Set<String> EMPTY = Set.of("", "-", "–", "—", "n/a", "na", "null", "none");

	private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private static final Pattern CURRENCY = Pattern.compile("^[$€£¥₹]|[$€£¥₹]$|^(USD|EUR|GBP|PLN|IDR|RSD)\\s*|\\s*(USD|EUR|GBP|PLN|IDR|RSD|zł|Rp)$");

	private final char decimal;
	private final char grouping;

	private Numbers(char decimal) {
		this.decimal = decimal;
		this.grouping = decimal == '.' ? ',' : '.';
	}

	/** The decimal separator this file uses. */
	char decimal() {
		return decimal;
	}

	/**
	 * Decides the decimal separator of a file from its numeric {@code cells}; {@code delimiter} breaks the tie
	 * (semicolon- and tab-separated files come from locales with a decimal comma more often than not).
	 *
	 * @throws IllegalArgumentException when the cells use both separators as decimals; the message quotes one of
	 *         each
	 */
	static Numbers detect(Collection<String> cells, char delimiter) {
		String pointExample = null;
		String commaExample = null;
		for (String cell : cells) {
			String core = core(cell);
			if (core == null) {
				continue;
			}
			Character vote = vote(core);
			if (vote == null) {
				continue;
			}
			if (vote == '.' && pointExample == null) {
				pointExample = cell;
			} else if (vote == ',' && commaExample == null) {
				commaExample = cell;
			}
		}
		if (pointExample != null && commaExample != null) {
			throw new IllegalArgumentException("the file mixes decimal points (\"" + pointExample
					+ "\") and decimal commas (\"" + commaExample + "\")");
		}
		if (pointExample != null) {
			return new Numbers('.');
		}
		if (commaExample != null) {
			return new Numbers(',');
		}
		return new Numbers(delimiter == ',' ? '.' : ',');
	}

	/** A reader for files with {@code decimal} as their decimal separator. */
	static Numbers withDecimal(char decimal) {
		return new Numbers(decimal);
	}

	/** Whether {@code cell} holds no value. */
	static boolean isEmpty(String cell) {
		return EMPTY.contains(cell.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The value of {@code cell}; percentages become fractions ({@code 4.5%} is 0.045).
	 *
	 * @return NaN when the cell is empty
	 * @throws NumberFormatException with a message for the user when the cell is not a number
	 */
	double parse(String cell) {
		if (isEmpty(cell)) {
			return Double.NaN;
		}
		String text = cell.strip();
		boolean percent = text.endsWith("%");
		String core = core(text);
		if (core == null) {
			throw new NumberFormatException("\"" + cell + "\" is not a number");
		}
		String normalized = ungroup(core);
		if (normalized == null || !PLAIN.matcher(normalized).matches()) {
			throw new NumberFormatException("\"" + cell + "\" is not a number"
					+ (decimal == ',' ? " (this file uses decimal commas)" : ""));
		}
		double value = Double.parseDouble(normalized);
		return percent ? value / 100 : value;
	}

	/** Removes grouping separators (only where they group thousands) and makes the decimal separator a point. */
	private String ungroup(String core) {
		int decimalAt = core.indexOf(decimal);
		if (decimalAt >= 0 && core.indexOf(decimal, decimalAt + 1) >= 0) {
			return null; // two decimal separators
		}
		String integer = decimalAt >= 0 ? core.substring(0, decimalAt) : core;
		String fraction = decimalAt >= 0 ? core.substring(decimalAt + 1) : null;
		if (fraction != null && fraction.indexOf(grouping) >= 0) {
			return null;
		}
		if (integer.indexOf(grouping) >= 0) {
			String[] groups = integer.replaceFirst("^[+-]", "").split(Pattern.quote(String.valueOf(grouping)), -1);
			if (groups[0].isEmpty() || groups[0].length() > 3) {
				return null;
			}
			for (int i = 1; i < groups.length; i++) {
				if (groups[i].length() != 3) {
					return null;
				}
			}
			integer = integer.replace(String.valueOf(grouping), "");
		}
		return fraction == null ? integer : integer + "." + fraction;
	}

	/** The digits and separators of a cell: without %, currency, spaces used as grouping; null if empty. */
	private static String core(String cell) {
		if (isEmpty(cell)) {
			return null;
		}
		String text = cell.strip();
		if (text.endsWith("%")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		text = CURRENCY.matcher(text).replaceAll("").strip();
		// spaces, no-break spaces and apostrophes group thousands in several locales
		text = text.replaceAll("(?<=\\d)[ \u00A0\u202F'’](?=\\d{3})", "");
		return text.isEmpty() ? null : text;
	}

	/** Which decimal separator {@code core} proves, or null when it is compatible with both. */
	private static Character vote(String core) {
		int point = core.lastIndexOf('.');
		int comma = core.lastIndexOf(',');
		if (point >= 0 && comma >= 0) {
			return point > comma ? '.' : ',';
		}
		int at = Math.max(point, comma);
		if (at < 0) {
			return null;
		}
		char separator = core.charAt(at);
		boolean several = core.indexOf(separator) != at;
		if (several) {
			return separator == '.' ? ',' : '.'; // repeated: it groups thousands
		}
		int digitsAfter = core.length() - at - 1;
		if (digitsAfter != 3 || at == 0 || core.substring(0, at).replaceFirst("^[+-]", "").equals("0")) {
			return separator; // 12,5 or 0,125 or ,5: a decimal separator
		}
		return null; // 1,234 could be either
	}
}
