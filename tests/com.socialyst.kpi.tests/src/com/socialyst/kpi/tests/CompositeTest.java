package com.socialyst.kpi.tests;

import static com.socialyst.kpi.tests.Fixtures.constant;
import static com.socialyst.kpi.tests.Fixtures.kpi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.socialyst.kpi.KpiScore;
import com.socialyst.kpi.KpiStatus;
import com.socialyst.kpi.Period;
import com.socialyst.kpi.Scorecard;
import com.socialyst.kpi.Scorecards;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Direction;
import com.socialyst.model.KpiKind;
import com.socialyst.model.Platform;
import com.socialyst.model.Strategy;

/**
 * Composite scores: weights normalised within each kind and overall, progress clamped, KPIs without data left out
 * and explained. Data for March 2026: likes 3 a day (93), complaints 1 a day (31), no saves at all.
 */
class CompositeTest {

	private static final double EPS = 1e-9;
	private static final Direction UP = Direction.HIGHER_IS_BETTER;
	private static final Direction DOWN = Direction.LOWER_IS_BETTER;
	private static final Period MARCH = Period.parse("2026-03");
	private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

	private Client client;
	private Strategy strategy;

	@BeforeEach
	void setUp() {
		client = Fixtures.client();
		ChannelAccount instagram = Fixtures.channel(client, Platform.INSTAGRAM, "acme");
		Fixtures.series(instagram, "likes", LocalDate.of(2026, 3, 1), constant(31, 3));
		Fixtures.series(instagram, "complaints", LocalDate.of(2026, 3, 1), constant(31, 1));
		strategy = Fixtures.strategy(client, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
	}

	/** Two hard and two soft KPIs with data: A, B, C, D. */
	private void scoredKpis(double scale) {
		kpi(strategy, "A", KpiKind.HARD, "total_likes", 3 * scale, UP, 50, 90); // (93-50)/40 = 1.075 → 1
		kpi(strategy, "B", KpiKind.HARD, "total_likes", 1 * scale, UP, 50, 150); // 43/100 = 0.43
		kpi(strategy, "C", KpiKind.SOFT, "total_complaints", 2 * scale, DOWN, 50, 20); // 19/30
		kpi(strategy, "D", KpiKind.SOFT, "total_likes", 2 * scale, UP, 0, 372); // 93/372 = 0.25
	}

	// hard = 100 (3 x 1 + 1 x 0.43) / (3 + 1) = 85.75
	private static final double HARD = 100 * (3 * 1 + 1 * 0.43) / 4;
	// soft = 100 (2 x 19/30 + 2 x 0.25) / (2 + 2) = 44.1666…
	private static final double SOFT = 100 * (2 * 19.0 / 30 + 2 * 0.25) / 4;
	// overall = 100 (3 + 0.43 + 38/30 + 0.5) / 8 = 64.958333…
	private static final double OVERALL = 100 * (3 + 0.43 + 38.0 / 30 + 0.5) / 8;

	@Test
	void weightsAreNormalisedWithinKindAndOverall() {
		scoredKpis(1);
		Scorecard card = Scorecards.evaluate(Fixtures.engine(), client, MARCH, AS_OF);
		assertEquals(85.75, card.hardScore(), EPS);
		assertEquals(HARD, card.hardScore(), EPS);
		assertEquals(44.166666666666667, card.softScore(), EPS);
		assertEquals(SOFT, card.softScore(), EPS);
		assertEquals(64.958333333333333, card.overallScore(), EPS);
		assertEquals(OVERALL, card.overallScore(), EPS);
		assertEquals(List.of(), card.missing());
		assertEquals("2026-03", card.period());
		assertEquals("2026-01-01..2026-12-31", card.strategy());
	}

	@Test
	void onlyTheRatioOfWeightsMatters() {
		scoredKpis(10);
		Scorecard card = Scorecards.evaluate(Fixtures.engine(), client, MARCH, AS_OF);
		assertEquals(HARD, card.hardScore(), EPS);
		assertEquals(SOFT, card.softScore(), EPS);
		assertEquals(OVERALL, card.overallScore(), EPS);
	}

	@Test
	void kpisWithoutDataAreLeftOutAndExplained() {
		scoredKpis(1);
		kpi(strategy, "E", KpiKind.HARD, "total_saves", 5, UP, 0, 10); // no saves recorded
		kpi(strategy, "F", KpiKind.SOFT, "broken", 4, UP, 0, 10); // the metric throws
		kpi(strategy, "G", KpiKind.HARD, "total_likes", 10, UP, 0, Double.NaN); // no target
		kpi(strategy, "H", KpiKind.SOFT, "nope", 1, UP, 0, 10); // no such metric
		Scorecard card = Scorecards.evaluate(Fixtures.engine(), client, MARCH, AS_OF);

		// the composites are those over A to D alone: missing data is not a 0
		assertEquals(HARD, card.hardScore(), EPS);
		assertEquals(SOFT, card.softScore(), EPS);
		assertEquals(OVERALL, card.overallScore(), EPS);
		assertEquals(List.of("E: no data: no saves in the period", "F: metric failed: IllegalStateException: boom",
				"G: no target set", "H: metric failed: no metric 'nope' is installed"), card.missing());

		KpiScore saves = card.score("E");
		assertTrue(Double.isNaN(saves.actual()));
		assertEquals("NO_DATA", saves.actualStatus());
		assertEquals(KpiStatus.NO_DATA, saves.status());
		assertTrue(Double.isNaN(saves.progress()));

		KpiScore broken = card.score("F");
		assertEquals("FAILED", broken.actualStatus());
		assertEquals("metric failed: IllegalStateException: boom", broken.explanation());
		assertEquals(KpiStatus.NO_DATA, broken.status());
		// the KPIs after and around the broken one were computed as usual
		assertEquals(93, card.score("G").actual(), EPS);
		assertNull(card.score("G").explanation());
		assertEquals(93, card.score("A").actual(), EPS);
	}

	@Test
	void progressIsClampedInTheComposite() {
		kpi(strategy, "behind-baseline", KpiKind.HARD, "total_likes", 1, UP, 100, 200); // (93-100)/100 = -0.07 → 0
		kpi(strategy, "B", KpiKind.HARD, "total_likes", 1, UP, 50, 150); // 0.43
		Scorecard card = Scorecards.evaluate(Fixtures.engine(), client, MARCH, AS_OF);
		assertEquals(-0.07, card.score("behind-baseline").progress(), EPS);
		assertEquals(100 * (0 + 0.43) / 2, card.hardScore(), EPS); // 21.5
		assertTrue(Double.isNaN(card.softScore()), "no soft KPI: no soft score");
		assertEquals(21.5, card.overallScore(), EPS);
	}

	@Test
	void noStrategyGivesAnEmptyScorecardWithANote() {
		Client other = Fixtures.client();
		Fixtures.strategy(other, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		Scorecard card = Scorecards.evaluate(Fixtures.engine(), other, MARCH, AS_OF);
		assertEquals(List.of(), card.scores());
		assertNull(card.strategy());
		assertTrue(Double.isNaN(card.overallScore()));
		assertTrue(card.notes().contains("no strategy covers the period 2026-03"), card.notes().toString());
		assertTrue(Double.isNaN(card.roi().roi()));
		assertEquals("no strategy covers the period", card.roi().explanation());
	}

	@Test
	void theLatestStartingStrategyIsUsed() {
		Strategy older = Fixtures.strategy(client, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
		kpi(older, "old", KpiKind.HARD, "total_likes", 1, UP, 0, 1);
		kpi(strategy, "new", KpiKind.HARD, "total_likes", 1, UP, 0, 1);
		Scorecard card = Scorecards.evaluate(Fixtures.engine(), client, MARCH, AS_OF);
		assertEquals("2026-01-01..2026-12-31", card.strategy());
		assertEquals(1, card.scores().size());
		assertEquals("new", card.scores().get(0).kpiId());
		assertTrue(card.notes().contains("2 strategies overlap the period; the one starting 2026-01-01 is used"),
				card.notes().toString());
	}
}
