package com.socialyst.kpi.tests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.MetricValue;
import com.socialyst.metrics.Unit;
import com.socialyst.model.BudgetCategory;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Direction;
import com.socialyst.model.Kpi;
import com.socialyst.model.KpiKind;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Platform;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.SoftValue;
import com.socialyst.model.Strategy;

/** Clients, strategies, KPIs and an engine built in code, so that every expected number can be worked out by hand. */
final class Fixtures {

	static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	private Fixtures() {
	}

	/**
	 * An engine with small metrics: {@code total_<field>} is the sum of the field over the period (no data when the
	 * field has no value), {@code likes_per_post} the ratio of the sums of likes and posts, {@code broken} always
	 * throws.
	 */
	static MetricEngine engine() {
		Map<MetricDescriptor, Metric> metrics = new LinkedHashMap<>();
		for (String field : List.of("likes", "complaints", "saves")) {
			metrics.put(descriptor("total_" + field, field), input -> {
				double sum = input.sum(field);
				return Double.isNaN(sum) ? MetricValue.noData("no " + field + " in the period") : MetricValue.of(sum);
			});
		}
		// A ratio: aggregated over the period first, then divided (likes 93 and posts 31 give 3, whatever the days).
		metrics.put(descriptor("likes_per_post", "likes", "posts"), input -> {
			double likes = input.sum("likes");
			double posts = input.sum("posts");
			return Double.isNaN(likes) || Double.isNaN(posts) || posts == 0
					? MetricValue.noData("no likes or no posts in the period")
					: MetricValue.of(likes / posts);
		});
		metrics.put(descriptor("broken"), input -> {
			throw new IllegalStateException("boom");
		});
		return new MetricEngine(MetricRegistry.of(metrics), null);
	}

	private static MetricDescriptor descriptor(String id, String... fields) {
		return new MetricDescriptor(id, id, "", Unit.COUNT, List.of(fields), List.of(), Direction.HIGHER_IS_BETTER,
				Aggregation.AGGREGATE_THEN_COMPUTE, null, null, "test");
	}

	static Client client() {
		Client client = FACTORY.createClient();
		client.setId("acme");
		client.setName("Acme");
		return client;
	}

	static ChannelAccount channel(Client client, Platform platform, String handle) {
		ChannelAccount channel = FACTORY.createChannelAccount();
		channel.setPlatform(platform);
		channel.setHandle(handle);
		client.getChannels().add(channel);
		return channel;
	}

	/** A series of {@code field} starting on {@code start}, one value per day. */
	static void series(ChannelAccount channel, String field, LocalDate start, double... values) {
		MeasurementSeries series = FACTORY.createMeasurementSeries();
		series.setField(field);
		series.setStart(start);
		series.setValues(values);
		channel.getSeries().add(series);
	}

	/** {@code days} days of the same {@code value}. */
	static double[] constant(int days, double value) {
		double[] values = new double[days];
		Arrays.fill(values, value);
		return values;
	}

	static Strategy strategy(Client client, LocalDate start, LocalDate end) {
		Strategy strategy = FACTORY.createStrategy();
		strategy.setPeriodStart(start);
		strategy.setPeriodEnd(end);
		client.getStrategies().add(strategy);
		return strategy;
	}

	/** A KPI on {@code metricId} with baseline and target (NaN = leave unset). */
	static Kpi kpi(Strategy strategy, String id, KpiKind kind, String metricId, double weight, Direction direction,
			double baseline, double target) {
		Kpi kpi = FACTORY.createKpi();
		kpi.setId(id);
		kpi.setName(id);
		kpi.setKind(kind);
		kpi.setMetricId(metricId);
		kpi.setWeight(weight);
		kpi.setDirection(direction);
		if (!Double.isNaN(baseline)) {
			kpi.setBaseline(baseline);
		}
		if (!Double.isNaN(target)) {
			kpi.setTarget(target);
		}
		strategy.getKpis().add(kpi);
		return kpi;
	}

	static Kpi thresholds(Kpi kpi, double amber, double red) {
		kpi.setAmberThreshold(amber);
		kpi.setRedThreshold(red);
		return kpi;
	}

	static void budget(Strategy strategy, BudgetCategory category, double actual, String currency) {
		BudgetLine line = FACTORY.createBudgetLine();
		line.setCategory(category);
		line.setPlanned(actual);
		line.setActual(actual);
		line.setCurrency(currency);
		strategy.getBudgetLines().add(line);
	}

	static void softValue(Strategy strategy, String label, double amount, String assumption) {
		SoftValue value = FACTORY.createSoftValue();
		value.setLabel(label);
		value.setAmount(amount);
		value.setAssumption(assumption);
		strategy.getSoftValues().add(value);
	}
}
