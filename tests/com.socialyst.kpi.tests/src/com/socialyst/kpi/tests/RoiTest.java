package com.socialyst.kpi.tests;

import static com.socialyst.kpi.tests.Fixtures.budget;
import static com.socialyst.kpi.tests.Fixtures.constant;
import static com.socialyst.kpi.tests.Fixtures.softValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.socialyst.kpi.Period;
import com.socialyst.kpi.Roi;
import com.socialyst.kpi.Scorecards;
import com.socialyst.model.BudgetCategory;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Platform;
import com.socialyst.model.Strategy;

/**
 * ROI with prorated budget lines and soft values. The strategy covers 2026 (365 days); Q1 2026 has 31 + 28 + 31 =
 * 90 days, so annual amounts count 90/365 in Q1.
 */
class RoiTest {

	private static final double EPS = 1e-9;
	private static final Period Q1 = Period.parse("2026-Q1");

	private Client client;
	private Strategy strategy;

	@BeforeEach
	void setUp() {
		client = Fixtures.client();
		strategy = Fixtures.strategy(client, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		// instagram: 250 a day from 1 January to 1 April (91 days); only the first 90 are in Q1
		ChannelAccount instagram = Fixtures.channel(client, Platform.INSTAGRAM, "acme");
		Fixtures.series(instagram, "revenue", LocalDate.of(2026, 1, 1), constant(91, 250));
		// linkedin: 999 in December 2025 (outside), a gap, then 5000 on 10 February
		ChannelAccount linkedin = Fixtures.channel(client, Platform.LINKEDIN, "acme-corp");
		linkedin.getSeries().add(Fixtures.FACTORY.createMeasurementSeries());
		linkedin.getSeries().get(0).setField("revenue");
		linkedin.getSeries().get(0).put(LocalDate.of(2025, 12, 15), 999);
		linkedin.getSeries().get(0).put(LocalDate.of(2026, 2, 10), 5000);
		// likes are not revenue
		Fixtures.series(linkedin, "likes", LocalDate.of(2026, 1, 1), constant(90, 1_000_000));
	}

	private void budgetAndSoftValues() {
		budget(strategy, BudgetCategory.STAFF, 73_000, "EUR"); // x 90/365 = 18000
		budget(strategy, BudgetCategory.PAID_MEDIA, 36_500, "EUR"); // x 90/365 = 9000
		softValue(strategy, "employer brand", 18_250, "applications via social x cost per hire avoided"); // 4500
		softValue(strategy, "service deflection", 7_300, null); // 1800
	}

	@Test
	void knownAnswerWithProrationAndSoftValue() {
		budgetAndSoftValues();
		Roi roi = Scorecards.evaluate(Fixtures.engine(), client, Q1, LocalDate.of(2026, 4, 15)).roi();

		assertEquals(27_000, roi.investment(), EPS); // 18000 + 9000
		assertEquals(Map.of("staff", 18_000.0, "paid-media", 9_000.0), roi.investmentByCategory());
		assertEquals(List.of("staff", "paid-media"), List.copyOf(roi.investmentByCategory().keySet()));
		assertEquals(27_500, roi.revenue(), EPS); // 90 x 250 + 5000
		assertEquals(6_300, roi.softValue(), EPS); // 4500 + 1800
		assertEquals(33_800, roi.value(), EPS);
		// (33800 - 27000) / 27000 = 0.25185…
		assertEquals(6_800 / 27_000.0, roi.roi(), EPS);
		// soft value at 80 %: 27500 + 5040 = 32540 → 5540 / 27000
		assertEquals(5_540 / 27_000.0, roi.roiSoftMinus20(), EPS);
		// soft value at 120 %: 27500 + 7560 = 35060 → 8060 / 27000
		assertEquals(8_060 / 27_000.0, roi.roiSoftPlus20(), EPS);
		assertNull(roi.explanation());
		assertTrue(roi.available());

		List<String> assumptions = roi.assumptions();
		assertTrue(assumptions.contains("staff: actual 73000.00 EUR × 90/365 days = 18000.00"), assumptions.toString());
		assertTrue(assumptions.contains("paid-media: actual 36500.00 EUR × 90/365 days = 9000.00"),
				assumptions.toString());
		assertTrue(assumptions.contains("soft value 'employer brand': 18250.00 × 90/365 days = 4500.00; assumption:"
				+ " applications via social x cost per hire avoided"), assumptions.toString());
		assertTrue(assumptions.contains(
				"soft value 'service deflection': 7300.00 × 90/365 days = 1800.00; assumption: none given"),
				assumptions.toString());
		assertTrue(assumptions.stream().anyMatch(a -> a.startsWith("revenue = sum of the revenue field over all channels")),
				assumptions.toString());
		assertTrue(assumptions.get(0).contains("2026-01-01..2026-12-31 (365 days)"), assumptions.get(0));
	}

	@Test
	void aRunningPeriodCountsTheDaysSoFar() {
		budgetAndSoftValues();
		// as of 14 February: 1 January to 14 February = 45 days of 365
		Roi roi = Scorecards.evaluate(Fixtures.engine(), client, Q1, LocalDate.of(2026, 2, 14)).roi();
		assertEquals(109_500 * 45 / 365.0, roi.investment(), EPS); // 13500
		assertEquals(45 * 250 + 5_000, roi.revenue(), EPS); // 16250
		assertEquals(25_550 * 45 / 365.0, roi.softValue(), EPS); // 3150
		assertEquals((16_250 + 3_150 - 13_500) / 13_500.0, roi.roi(), EPS); // 0.43703…
	}

	@Test
	void zeroInvestmentGivesNoRoiAndSaysWhy() {
		softValue(strategy, "employer brand", 18_250, "applications");
		Roi roi = Scorecards.evaluate(Fixtures.engine(), client, Q1, LocalDate.of(2026, 4, 15)).roi();
		assertEquals(0, roi.investment());
		assertEquals(27_500, roi.revenue(), EPS);
		assertTrue(Double.isNaN(roi.roi()));
		assertTrue(Double.isNaN(roi.roiSoftMinus20()));
		assertTrue(Double.isNaN(roi.roiSoftPlus20()));
		assertTrue(roi.explanation().startsWith("no investment in the period"), roi.explanation());
	}

	@Test
	void aPeriodTheStrategyCoversInPartHasTheRoiOfThatPart() {
		// revenue 100 a day through 2026; the strategy covers the second half only (184 days): staff 18400 = 100 a
		// day, soft value 9200 = 50 a day. Revenue of the first half has no budget to set against it: left out.
		Client half = Fixtures.client();
		ChannelAccount instagram = Fixtures.channel(half, Platform.INSTAGRAM, "acme");
		Fixtures.series(instagram, "revenue", LocalDate.of(2026, 1, 1), constant(365, 100));
		Strategy h2 = Fixtures.strategy(half, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
		budget(h2, BudgetCategory.STAFF, 18_400, "EUR");
		softValue(h2, "service deflection", 9_200, "replies x cost per call");
		Roi roi = Scorecards.evaluate(Fixtures.engine(), half, Period.year(2026), LocalDate.of(2027, 1, 1)).roi();

		assertEquals(18_400, roi.investment(), EPS); // 18400 x 184/184
		assertEquals(18_400, roi.revenue(), EPS); // 184 x 100, not 365 x 100
		assertEquals(9_200, roi.softValue(), EPS);
		assertEquals(0.5, roi.roi(), EPS); // (18400 + 9200 - 18400) / 18400
		assertEquals(0.4, roi.roiSoftMinus20(), EPS); // (18400 + 7360 - 18400) / 18400
		assertEquals(0.6, roi.roiSoftPlus20(), EPS); // (18400 + 11040 - 18400) / 18400
		assertTrue(roi.assumptions().contains("the ROI covers 2026-07-01..2026-12-31 only, the 184 of the period's 365"
				+ " days so far that the strategy 2026-07-01..2026-12-31 covers"), roi.assumptions().toString());
		assertTrue(roi.assumptions().stream()
				.anyMatch(a -> a.startsWith("revenue = sum of the revenue field over all channels, 2026-07-01 to 2026-12-31")),
				roi.assumptions().toString());
	}

	@Test
	void aSoftValueWithoutAmountIsLeftOutAndListed() {
		budgetAndSoftValues();
		softValue(strategy, "brand awareness", Double.NaN, "not measured");
		Roi roi = Scorecards.evaluate(Fixtures.engine(), client, Q1, LocalDate.of(2026, 4, 15)).roi();
		// as in the known answer: the unknown amount adds nothing, and says so
		assertEquals(6_300, roi.softValue(), EPS);
		assertEquals(6_800 / 27_000.0, roi.roi(), EPS);
		assertTrue(roi.assumptions().contains("soft value 'brand awareness': no amount, left out of the value"),
				roi.assumptions().toString());
	}

	@Test
	void nothingToMeasureYetSaysSo() {
		budgetAndSoftValues();
		Roi before = Scorecards.evaluate(Fixtures.engine(), client, Q1, LocalDate.of(2025, 12, 15)).roi();
		assertTrue(Double.isNaN(before.roi()));
		assertEquals("the period starts after 2025-12-15: there is nothing to measure yet", before.explanation());

		// the strategy starts on 1 February; as of 20 January none of its days has passed
		Client late = Fixtures.client();
		Strategy february = Fixtures.strategy(late, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31));
		budget(february, BudgetCategory.STAFF, 33_400, "EUR");
		Roi notYet = Scorecards.evaluate(Fixtures.engine(), late, Q1, LocalDate.of(2026, 1, 20)).roi();
		assertEquals(0, notYet.investment());
		assertTrue(Double.isNaN(notYet.roi()));
		assertEquals("no day of 2026-01-01..2026-01-20 lies in the strategy period 2026-02-01..2026-12-31: no"
				+ " budget to measure against", notYet.explanation());
	}

	@Test
	void missingRevenueIsNotZero() {
		budgetAndSoftValues();
		Client noRevenue = Fixtures.client();
		noRevenue.getStrategies().add(strategy);
		Roi roi = Scorecards.evaluate(Fixtures.engine(), noRevenue, Q1, LocalDate.of(2026, 4, 15)).roi();
		assertEquals(27_000, roi.investment(), EPS);
		assertTrue(Double.isNaN(roi.revenue()));
		assertTrue(Double.isNaN(roi.value()));
		assertTrue(Double.isNaN(roi.roi()));
		assertTrue(roi.explanation().startsWith("no revenue data in the period"), roi.explanation());
	}
}
