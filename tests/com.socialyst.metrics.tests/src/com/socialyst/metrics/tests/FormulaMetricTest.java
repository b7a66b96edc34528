package com.socialyst.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.MetricValue;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.FormulaMetric;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Platform;
import com.socialyst.model.Portfolio;
import com.socialyst.model.SocialystFactory;

/** Consultants' own metrics: expressions over fields and other metrics. */
class FormulaMetricTest {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;
	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
	private static final LocalDate TO = LocalDate.of(2026, 3, 2);

	/** A coded metric the formulas may use: clicks per post. */
	private static final MetricRegistry CODED = MetricRegistry.of(Map.of(
			TestMetrics.descriptor("clicks_per_post", Aggregation.AGGREGATE_THEN_COMPUTE, "clicks", "posts"),
			input -> MetricValue.ratio(input.sum("clicks"), input.sum("posts"), "posts")));

	@Test
	void formulaOverFieldsSumsThemOverThePeriod() {
		MetricEngine engine = engine(formula("engagement", "(likes + comments + shares) / impressions"));
		// likes 10+20, comments 2+3, shares 1+4 = 40 over impressions 100+300 = 400
		assertEquals(0.1, compute(engine, "engagement").value(), 1e-12);
	}

	@Test
	void formulasNestAndUseCodedMetrics() {
		MetricEngine engine = engine(formula("applause", "likes / posts"),
				formula("applause_vs_clicks", "applause / clicks_per_post"));
		// applause = 30 / 3 posts = 10; clicks_per_post = 12 / 3 = 4; 10 / 4 = 2.5
		assertEquals(2.5, compute(engine, "applause_vs_clicks").value(), 1e-12);
		assertTrue(engine.knows("applause_vs_clicks") && engine.knows("clicks_per_post"));
		assertEquals("portfolio", engine.find("applause").orElseThrow().contributor());
	}

	@Test
	void cyclesAreReportedAndFailWithTheirPath() {
		MetricEngine engine = engine(formula("a", "b + 1"), formula("b", "c * 2"), formula("c", "a - likes"),
				formula("fine", "likes"));
		assertTrue(engine.problems().contains("formula metric 'a': refers to itself: a → b → c → a"),
				engine.problems().toString());
		MetricResult a = compute(engine, "a");
		assertEquals(MetricResult.Status.FAILED, a.status());
		assertEquals("refers to itself: a → b → c → a", a.reason());
		assertEquals(30, compute(engine, "fine").value(), "the others still compute");
	}

	@Test
	void syntaxErrorsAndUnknownNamesAreExplained() {
		MetricEngine engine = engine(formula("broken", "(likes + "), formula("typo", "likse / posts"));
		assertTrue(engine.problems().stream().anyMatch(p -> p.startsWith("formula metric 'broken': the formula '(likes + ' is not valid")),
				engine.problems().toString());
		assertTrue(engine.problems().stream().anyMatch(p -> p.startsWith("formula metric 'typo': 'likse' is neither a metric nor a standard field")),
				engine.problems().toString());
		assertEquals(MetricResult.Status.FAILED, compute(engine, "broken").status());
		MetricResult typo = compute(engine, "typo");
		assertEquals(MetricResult.Status.NO_DATA, typo.status());
		assertEquals("no values of field 'likse' in the period", typo.reason());
	}

	@Test
	void divisionByZeroIsNoData() {
		MetricEngine engine = engine(formula("per_video_view", "likes / video_views"),
				formula("zero", "likes / (posts - 3)"));
		assertEquals("no data: no values of field 'video_views' in the period",
				compute(engine, "per_video_view").toString());
		assertEquals("no data: division by zero in the formula", compute(engine, "zero").toString());
	}

	@Test
	void formulasCannotCallMethodsOrAssign() {
		MetricEngine engine = engine(formula("sneaky", "likes.getClass()"), formula("assign", "likes = 3"));
		assertEquals(MetricResult.Status.FAILED, compute(engine, "sneaky").status());
		assertEquals(MetricResult.Status.FAILED, compute(engine, "assign").status());
	}

	private static MetricResult compute(MetricEngine engine, String id) {
		return engine.compute(client(), List.of(), id, Map.of(), FROM, TO);
	}

	private static MetricEngine engine(FormulaMetric... formulas) {
		Portfolio portfolio = FACTORY.createPortfolio();
		portfolio.getFormulaMetrics().addAll(List.of(formulas));
		return new MetricEngine(CODED, portfolio);
	}

	private static FormulaMetric formula(String id, String expression) {
		FormulaMetric metric = FACTORY.createFormulaMetric();
		metric.setId(id);
		metric.setName(id);
		metric.setExpression(expression);
		return metric;
	}

	private static Client client() {
		Client client = FACTORY.createClient();
		client.setId("acme");
		ChannelAccount channel = FACTORY.createChannelAccount();
		channel.setPlatform(Platform.INSTAGRAM);
		channel.setHandle("acme");
		series(channel, "likes", 10, 20);
		series(channel, "comments", 2, 3);
		series(channel, "shares", 1, 4);
		series(channel, "impressions", 100, 300);
		series(channel, "posts", 1, 2);
		series(channel, "clicks", 5, 7);
		client.getChannels().add(channel);
		return client;
	}

	private static void series(ChannelAccount channel, String field, double... values) {
		MeasurementSeries series = FACTORY.createMeasurementSeries();
		series.setField(field);
		series.setStart(FROM);
		series.setValues(values);
		channel.getSeries().add(series);
	}
}
