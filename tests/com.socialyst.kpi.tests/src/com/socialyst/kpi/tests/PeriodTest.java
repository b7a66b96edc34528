package com.socialyst.kpi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.socialyst.kpi.Period;
import com.socialyst.model.PeriodKind;

/** The period forms, their bounds, labels and predecessors, and the messages for bad input. */
class PeriodTest {

	@Test
	void quarter() {
		Period q3 = Period.parse("2026-Q3");
		assertEquals(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), q3);
		assertEquals(Period.quarter(2026, 3), q3);
		assertEquals(31 + 31 + 30, q3.days()); // July, August, September
		assertEquals("2026-Q3", q3.label());
		assertEquals(PeriodKind.QUARTER, q3.kind());
		assertEquals(Period.quarter(2026, 2), q3.previous());
		// across the year boundary: Q1 2026 follows Q4 2025
		assertEquals(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
				Period.parse("2026-q1").previous());
	}

	@Test
	void month() {
		Period october = Period.parse("2026-10");
		assertEquals(Period.month(YearMonth.of(2026, 10)), october);
		assertEquals(31, october.days());
		assertEquals("2026-10", october.label());
		assertEquals(Period.parse("2026-09"), october.previous());
		assertEquals(Period.parse("2025-12"), Period.parse("2026-01").previous());
		assertEquals(29, Period.parse("2028-02").days()); // leap year
	}

	@Test
	void year() {
		Period year = Period.parse(" 2026 ");
		assertEquals(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), year);
		assertEquals(365, year.days());
		assertEquals("2026", year.label());
		assertEquals(Period.year(2025), year.previous());
	}

	@Test
	void customRangeIsFollowedByTheSameNumberOfDaysBefore() {
		Period range = Period.parse("2026-01-10..2026-01-19");
		assertEquals(10, range.days());
		assertEquals(PeriodKind.CUSTOM, range.kind());
		assertEquals("2026-01-10..2026-01-19", range.label());
		// 10 days ending 2026-01-09: 2025-12-31 and 2026-01-01..09
		assertEquals(new Period(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 9)), range.previous());
		// a range that is exactly a calendar quarter is that quarter
		assertEquals("2026-Q1", Period.parse("2026-01-01..2026-03-31").label());
		assertEquals(Period.parse("2025-Q4"), Period.parse("2026-01-01..2026-03-31").previous());
	}

	@Test
	void badInputSaysWhatIsWrong() {
		assertMessage("2026-Q5", "quarter must be 1 to 4 in '2026-Q5'");
		assertMessage("2026-13", "month must be 1 to 12 in '2026-13'");
		assertMessage("2026-Q123", "quarter must be 1 to 4 in '2026-Q123'");
		// too many digits for an int: the usual message rather than a NumberFormatException's
		assertMessage("2026-Q99999999999", "unknown period '2026-Q99999999999': use 2026, 2026-Q3");
		assertMessage("2026-03-31..2026-01-01", "the period '2026-03-31..2026-01-01' ends before it starts");
		assertMessage("2026-02-30..2026-03-01", "'2026-02-30' in '2026-02-30..2026-03-01' is not a date");
		assertMessage("next month", "unknown period 'next month': use 2026, 2026-Q3, 2026-10 or 2026-01-01..2026-03-31");
		assertMessage("", "no period given");
		assertThrows(IllegalArgumentException.class, () -> Period.quarter(2026, 0));
	}

	private static void assertMessage(String text, String expected) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
		assertTrue(e.getMessage().startsWith(expected), e.getMessage());
	}
}
