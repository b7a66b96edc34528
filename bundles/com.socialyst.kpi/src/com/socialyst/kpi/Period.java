package com.socialyst.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.socialyst.model.PeriodKind;

/**
 * A reporting period: the days {@code from} to {@code to}, both inclusive. Calendar months, quarters and years are
 * recognised from their bounds (see {@link #kind()}), so a period parsed as {@code 2026-Q3} and one built from
 * 2026-07-01..2026-09-30 are the same value with the same label and the same {@link #previous()}.
 *
 * @param from first day (inclusive)
 * @param to last day (inclusive), not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");
	// At most 9 digits, so that parseInt cannot overflow: "2026-Q99999999999" gets the usual message, not a
	// NumberFormatException's.
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq](\\d{1,9})");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
	private static final Pattern RANGE = Pattern.compile("(.+?)\\s*\\.\\.\\s*(.+)");
	private static final String FORMATS = "use 2026, 2026-Q3, 2026-10 or 2026-01-01..2026-03-31";

	public Period {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the period " + from + ".." + to + " ends before it starts");
		}
	}

	/** The calendar month {@code month}. */
	public static Period month(YearMonth month) {
		return new Period(month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * The calendar quarter {@code quarter} (1 to 4) of {@code year}.
	 *
	 * @throws IllegalArgumentException when {@code quarter} is not 1 to 4
	 */
	public static Period quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
		}
		YearMonth first = YearMonth.of(year, 3 * quarter - 2);
		return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
	}

	/** The calendar year {@code year}. */
	public static Period year(int year) {
		return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * Reads {@code 2026} (a year), {@code 2026-Q3} (a quarter), {@code 2026-10} (a month) or
	 * {@code 2026-01-01..2026-03-31} (a custom range, both days inclusive).
	 *
	 * @throws IllegalArgumentException naming the text and the accepted forms when it is none of these
	 */
	public static Period parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("no period given: " + FORMATS);
		}
		String value = text.strip();
		Matcher matcher;
		if ((matcher = YEAR.matcher(value)).matches()) {
			return year(Integer.parseInt(matcher.group(1)));
		}
		if ((matcher = QUARTER.matcher(value)).matches()) {
			int quarter = Integer.parseInt(matcher.group(2));
			if (quarter < 1 || quarter > 4) {
				throw new IllegalArgumentException("quarter must be 1 to 4 in '" + value + "'");
			}
			return quarter(Integer.parseInt(matcher.group(1)), quarter);
		}
		if ((matcher = MONTH.matcher(value)).matches()) {
			int month = Integer.parseInt(matcher.group(2));
			if (month < 1 || month > 12) {
				throw new IllegalArgumentException("month must be 1 to 12 in '" + value + "'");
			}
			return month(YearMonth.of(Integer.parseInt(matcher.group(1)), month));
		}
		if ((matcher = RANGE.matcher(value)).matches()) {
			LocalDate from = date(matcher.group(1), value);
			LocalDate to = date(matcher.group(2), value);
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("the period '" + value + "' ends before it starts");
			}
			return new Period(from, to);
		}
		throw new IllegalArgumentException("unknown period '" + value + "': " + FORMATS);
	}

	private static LocalDate date(String text, String period) {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(
					"'" + text.strip() + "' in '" + period + "' is not a date (yyyy-mm-dd): " + FORMATS, e);
		}
	}

	/** The number of days, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/**
	 * {@link PeriodKind#MONTH}, {@link PeriodKind#QUARTER} or {@link PeriodKind#YEAR} when the bounds are exactly a
	 * calendar month, quarter or year; {@link PeriodKind#CUSTOM} otherwise.
	 */
	public PeriodKind kind() {
		if (from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth())
				|| from.getYear() != to.getYear()) {
			return PeriodKind.CUSTOM;
		}
		int months = to.getMonthValue() - from.getMonthValue() + 1;
		if (months == 1) {
			return PeriodKind.MONTH;
		}
		if (months == 3 && from.getMonthValue() % 3 == 1) {
			return PeriodKind.QUARTER;
		}
		if (months == 12) {
			return PeriodKind.YEAR;
		}
		return PeriodKind.CUSTOM;
	}

	/**
	 * The period just before: the previous calendar month, quarter or year; for a custom range the same number of
	 * days ending the day before {@link #from()}.
	 */
	public Period previous() {
		return switch (kind()) {
			case MONTH -> month(YearMonth.from(from).minusMonths(1));
			case QUARTER -> quarter(from.minusMonths(3).getYear(), (from.minusMonths(3).getMonthValue() + 2) / 3);
			case YEAR -> year(from.getYear() - 1);
			default -> new Period(from.minusDays(days()), from.minusDays(1));
		};
	}

	/** The last quarter that ended before {@code day}: what reports and scorecards cover when no period is given. */
	public static Period lastCompleteQuarter(LocalDate day) {
		int quarter = (day.getMonthValue() - 1) / 3 + 1;
		return quarter == 1 ? quarter(day.getYear() - 1, 4) : quarter(day.getYear(), quarter - 1);
	}

	/** {@code 2026-10}, {@code 2026-Q3}, {@code 2026} or {@code 2026-01-01..2026-03-31}: what {@link #parse} reads. */
	public String label() {
		return switch (kind()) {
			case MONTH -> YearMonth.from(from).toString();
			case QUARTER -> from.getYear() + "-Q" + (from.getMonthValue() + 2) / 3;
			case YEAR -> Integer.toString(from.getYear());
			default -> from + ".." + to;
		};
	}

	/** Whether {@code day} is in the period. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	/**
	 * The days this period shares with {@code otherFrom..otherTo} (both inclusive); 0 when they do not overlap. Used
	 * to prorate amounts declared for a strategy period.
	 */
	public long overlapDays(LocalDate otherFrom, LocalDate otherTo) {
		LocalDate start = from.isAfter(otherFrom) ? from : otherFrom;
		LocalDate end = to.isBefore(otherTo) ? to : otherTo;
		return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
	}

	@Override
	public String toString() {
		return label();
	}
}
