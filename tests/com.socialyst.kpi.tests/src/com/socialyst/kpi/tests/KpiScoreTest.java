package com.socialyst.kpi.tests;

import static com.socialyst.kpi.tests.Fixtures.constant;
import static com.socialyst.kpi.tests.Fixtures.kpi;
import static com.socialyst.kpi.tests.Fixtures.thresholds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

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
 * Progress, pacing, status and trend of single KPIs. The data: likes 2 a day through February 2026 (28 days = 56)
 * and 3 a day through March (31 days = 93); complaints 1 a day in March only (31). The period is March 2026.
 */
class KpiScoreTest {

	private static final double EPS = 1e-9;
	private static final Direction UP = Direction.HIGHER_IS_BETTER;
	private static final Direction DOWN = Direction.LOWER_IS_BETTER;
	private static final double NAN = Double.NaN;
	private static final Period MARCH = Period.parse("2026-03");
	private static final LocalDate AFTER_MARCH = LocalDate.of(2026, 4, 2);

	private Client client;
	private ChannelAccount instagram;
	private Strategy strategy;

	@BeforeEach
	void setUp() {
		client = Fixtures.client();
		instagram = Fixtures.channel(client, Platform.INSTAGRAM, "acme");
		double[] likes = new double[28 + 31];
		java.util.Arrays.fill(likes, 0, 28, 2);
		java.util.Arrays.fill(likes, 28, 59, 3);
		Fixtures.series(instagram, "likes", LocalDate.of(2026, 2, 1), likes);
		Fixtures.series(instagram, "complaints", LocalDate.of(2026, 3, 1), constant(31, 1));
		strategy = Fixtures.strategy(client, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
	}

	private Scorecard evaluate(LocalDate asOf) {
		return Scorecards.evaluate(Fixtures.engine(), client, MARCH, asOf);
	}

	@Test
	void progressInBothDirections() {
		kpi(strategy, "likes", KpiKind.HARD, "total_likes", 1, UP, 50, 150);
		kpi(strategy, "complaints", KpiKind.HARD, "total_complaints", 1, DOWN, 50, 20);
		Scorecard card = evaluate(AFTER_MARCH);

		KpiScore likes = card.score("likes");
		assertEquals(93, likes.actual(), EPS);
		assertEquals("VALUE", likes.actualStatus());
		assertNull(likes.explanation());
		// (93 - 50) / (150 - 50) = 0.43
		assertEquals(0.43, likes.progress(), EPS);
		assertEquals("hard", likes.kind());
		assertEquals("higher-is-better", likes.direction());

		KpiScore complaints = card.score("complaints");
		assertEquals(31, complaints.actual(), EPS);
		// lower is better: (31 - 50) / (20 - 50) = 19 / 30
		assertEquals(19.0 / 30, complaints.progress(), EPS);
		assertEquals("lower-is-better", complaints.direction());
	}

	@Test
	void statusWithoutThresholdsFollowsTheTarget() {
		kpi(strategy, "likes-short", KpiKind.HARD, "total_likes", 1, UP, 50, 150); // progress 0.43 < 0.5
		kpi(strategy, "complaints-half", KpiKind.HARD, "total_complaints", 1, DOWN, 50, 20); // 19/30 >= 0.5
		kpi(strategy, "likes-reached", KpiKind.HARD, "total_likes", 1, UP, 50, 90); // 93 >= 90
		kpi(strategy, "complaints-reached", KpiKind.HARD, "total_complaints", 1, DOWN, 50, 31); // 31 <= 31
		kpi(strategy, "likes-no-baseline", KpiKind.HARD, "total_likes", 1, UP, NAN, 100); // not reached, progress ?
		kpi(strategy, "likes-nothing-to-judge", KpiKind.HARD, "total_likes", 1, UP, NAN, NAN);
		Scorecard card = evaluate(AFTER_MARCH);

		assertEquals(KpiStatus.RED, card.score("likes-short").status());
		assertEquals(KpiStatus.AMBER, card.score("complaints-half").status());
		assertEquals(KpiStatus.GREEN, card.score("likes-reached").status());
		assertEquals((93 - 50) / 40.0, card.score("likes-reached").progress(), EPS); // not clamped on the score
		assertEquals(KpiStatus.GREEN, card.score("complaints-reached").status());
		assertEquals(1, card.score("complaints-reached").progress(), EPS);
		assertEquals(KpiStatus.RED, card.score("likes-no-baseline").status());
		assertTrue(Double.isNaN(card.score("likes-no-baseline").progress()));
		assertEquals(KpiStatus.NO_DATA, card.score("likes-nothing-to-judge").status());
		assertEquals(93, card.score("likes-nothing-to-judge").actual(), EPS);
	}

	@Test
	void statusWithThresholdsHigherIsBetter() {
		// actual 93: green at or above amber, red below red
		thresholds(kpi(strategy, "green", KpiKind.HARD, "total_likes", 1, UP, 50, 150), 90, 60);
		thresholds(kpi(strategy, "green-at-line", KpiKind.HARD, "total_likes", 1, UP, 50, 150), 93, 60);
		thresholds(kpi(strategy, "amber", KpiKind.HARD, "total_likes", 1, UP, 50, 150), 100, 60);
		thresholds(kpi(strategy, "amber-at-red-line", KpiKind.HARD, "total_likes", 1, UP, 50, 150), 100, 93);
		thresholds(kpi(strategy, "red", KpiKind.HARD, "total_likes", 1, UP, 50, 150), 120, 100);
		kpi(strategy, "amber-only", KpiKind.HARD, "total_likes", 1, UP, 50, 150).setAmberThreshold(100);
		kpi(strategy, "red-only", KpiKind.HARD, "total_likes", 1, UP, 50, 150).setRedThreshold(100);
		kpi(strategy, "red-only-passed", KpiKind.HARD, "total_likes", 1, UP, 50, 150).setRedThreshold(50);
		Scorecard card = evaluate(AFTER_MARCH);

		assertEquals(KpiStatus.GREEN, card.score("green").status());
		assertEquals(KpiStatus.GREEN, card.score("green-at-line").status());
		assertEquals(KpiStatus.AMBER, card.score("amber").status());
		assertEquals(KpiStatus.AMBER, card.score("amber-at-red-line").status());
		assertEquals(KpiStatus.RED, card.score("red").status());
		assertEquals(KpiStatus.AMBER, card.score("amber-only").status());
		assertEquals(KpiStatus.RED, card.score("red-only").status());
		assertEquals(KpiStatus.GREEN, card.score("red-only-passed").status());
		assertEquals(90, card.score("green").amberThreshold());
		assertEquals(60, card.score("green").redThreshold());
		assertTrue(Double.isNaN(card.score("amber-only").redThreshold()));
	}

	@Test
	void statusWithThresholdsLowerIsBetter() {
		// actual 31: green at or below amber, red above red
		thresholds(kpi(strategy, "green", KpiKind.HARD, "total_complaints", 1, DOWN, 50, 20), 35, 40);
		thresholds(kpi(strategy, "green-at-line", KpiKind.HARD, "total_complaints", 1, DOWN, 50, 20), 31, 40);
		thresholds(kpi(strategy, "amber", KpiKind.HARD, "total_complaints", 1, DOWN, 50, 20), 25, 40);
		thresholds(kpi(strategy, "red", KpiKind.HARD, "total_complaints", 1, DOWN, 50, 20), 20, 30);
		Scorecard card = evaluate(AFTER_MARCH);

		assertEquals(KpiStatus.GREEN, card.score("green").status());
		assertEquals(KpiStatus.GREEN, card.score("green-at-line").status());
		assertEquals(KpiStatus.AMBER, card.score("amber").status());
		assertEquals(KpiStatus.RED, card.score("red").status());
	}

	@Test
	void pacingProratesTheTargetToTheElapsedDays() {
		kpi(strategy, "likes-ahead", KpiKind.HARD, "total_likes", 1, UP, 0, 62);
		kpi(strategy, "likes-behind", KpiKind.HARD, "total_likes", 1, UP, 0, 124);
		kpi(strategy, "complaints-ahead", KpiKind.HARD, "total_complaints", 1, DOWN, 40, 9);
		kpi(strategy, "complaints-behind", KpiKind.HARD, "total_complaints", 1, DOWN, 5, 0);
		// as of 10 March: 10 of 31 days elapsed; likes 10 x 3 = 30, complaints 10 x 1 = 10
		Scorecard card = evaluate(LocalDate.of(2026, 3, 10));

		KpiScore ahead = card.score("likes-ahead");
		assertEquals(30, ahead.actual(), EPS);
		assertEquals(62 * 10 / 31.0, ahead.expectedToDate(), EPS); // = 20
		assertTrue(ahead.onPace());
		assertEquals(30 / 62.0, ahead.progress(), EPS);

		KpiScore behind = card.score("likes-behind");
		assertEquals(40, behind.expectedToDate(), EPS); // 124 x 10/31
		assertFalse(behind.onPace());

		KpiScore fewer = card.score("complaints-ahead");
		assertEquals(10, fewer.actual(), EPS);
		assertEquals(30, fewer.expectedToDate(), EPS); // 40 + (9 - 40) x 10/31 = 40 - 10
		assertTrue(fewer.onPace());

		KpiScore more = card.score("complaints-behind");
		assertEquals(5 - 5 * 10 / 31.0, more.expectedToDate(), EPS); // 3.387…, and 10 is above it
		assertFalse(more.onPace());

		assertTrue(card.notes().stream().anyMatch(n -> n.startsWith("the period is running: data up to 2026-03-10 (10 of 31 days)")),
				card.notes().toString());
	}

	@Test
	void trendAgainstThePreviousPeriod() {
		kpi(strategy, "likes", KpiKind.HARD, "total_likes", 1, UP, 50, 150);
		kpi(strategy, "complaints", KpiKind.HARD, "total_complaints", 1, DOWN, 50, 20);
		Scorecard card = evaluate(AFTER_MARCH);

		KpiScore likes = card.score("likes");
		assertEquals(56, likes.previousActual(), EPS); // February: 28 x 2
		assertEquals(93 - 56, likes.change(), EPS);
		assertEquals(37 / 56.0, likes.relativeChange(), EPS);

		// no complaints recorded in February: the trend is unknown, not "up from 0"
		KpiScore complaints = card.score("complaints");
		assertTrue(Double.isNaN(complaints.previousActual()));
		assertTrue(Double.isNaN(complaints.change()));
		assertTrue(Double.isNaN(complaints.relativeChange()));
	}

	@Test
	void aRatioMetricIsARatioOfTheSums() {
		// posts: 1 a day through February and March; likes per post: February 56/28 = 2, March 93/31 = 3
		Fixtures.series(instagram, "posts", LocalDate.of(2026, 2, 1), constant(28 + 31, 1));
		thresholds(kpi(strategy, "likes-per-post", KpiKind.SOFT, "likes_per_post", 1, UP, 2, 4), 3, 2.5);
		KpiScore ratio = evaluate(AFTER_MARCH).score("likes-per-post");
		assertEquals(3, ratio.actual(), EPS);
		assertEquals(0.5, ratio.progress(), EPS); // (3 - 2) / (4 - 2)
		assertEquals(KpiStatus.GREEN, ratio.status()); // 3 >= amber 3
		assertEquals(2, ratio.previousActual(), EPS);
		assertEquals(1, ratio.change(), EPS);
		assertEquals(0.5, ratio.relativeChange(), EPS); // 1 / 2

		// as of 10 March: 30 likes / 10 posts = 3 still (a ratio does not grow with the days);
		// expected to date 2 + (4 - 2) x 10/31 = 2.645…, and 3 is above it
		KpiScore running = evaluate(LocalDate.of(2026, 3, 10)).score("likes-per-post");
		assertEquals(3, running.actual(), EPS);
		assertEquals(2 + 2 * 10 / 31.0, running.expectedToDate(), EPS);
		assertTrue(running.onPace());
	}

	@Test
	void aPeriodNotStartedHasNoDataButATrend() {
		kpi(strategy, "likes", KpiKind.HARD, "total_likes", 1, UP, 50, 150);
		// as of 20 February: March has not started; February so far: 20 x 2 = 40
		KpiScore likes = evaluate(LocalDate.of(2026, 2, 20)).score("likes");
		assertTrue(Double.isNaN(likes.actual()));
		assertEquals(KpiStatus.NO_DATA, likes.status());
		assertEquals("no data: the period starts after 2026-02-20", likes.explanation());
		assertEquals(40, likes.previousActual(), EPS);
		assertTrue(Double.isNaN(likes.change()));
	}

	@Test
	void channelsOfTheKpiThenOfTheStrategyThenAll() {
		ChannelAccount linkedin = Fixtures.channel(client, Platform.LINKEDIN, "acme-corp");
		Fixtures.series(linkedin, "likes", LocalDate.of(2026, 3, 5), 100);
		kpi(strategy, "all", KpiKind.HARD, "total_likes", 1, UP, 0, 1);
		kpi(strategy, "linkedin", KpiKind.HARD, "total_likes", 1, UP, 0, 1).getChannels().add(linkedin);
		Scorecard card = evaluate(AFTER_MARCH);
		assertEquals(93 + 100, card.score("all").actual(), EPS);
		assertEquals(100, card.score("linkedin").actual(), EPS);

		// once the strategy names its channels, a KPI without channels measures those
		strategy.getChannels().add(instagram);
		card = evaluate(AFTER_MARCH);
		assertEquals(93, card.score("all").actual(), EPS);
		assertEquals(100, card.score("linkedin").actual(), EPS);
	}
}
