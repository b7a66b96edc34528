package com.socialyst.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.MetricValue;
import com.socialyst.metrics.testkit.MetricTester;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Platform;
import com.socialyst.model.SocialystFactory;

/** A broken metric fails alone: the others compute, the failure says why. */
class IsolationTest {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

	@Test
	void throwingNanAndNullMetricsFailWithTheirReason() {
		assertFailure(input -> {
			throw new IllegalStateException("boom");
		}, "IllegalStateException: boom");
		assertFailure(input -> MetricValue.of(Double.NaN), "returned NaN (use MetricValue.noData for \"no data\")");
		assertFailure(input -> MetricValue.of(1 / 0.0), "returned Infinity (use MetricValue.noData for \"no data\")");
		assertFailure(input -> null, "returned nothing");
		assertFailure(input -> {
			throw new NoClassDefFoundError("com/acme/Missing");
		}, "NoClassDefFoundError: com/acme/Missing");
	}

	@Test
	void oneBrokenMetricDoesNotStopTheOthers() {
		Map<MetricDescriptor, Metric> metrics = new LinkedHashMap<>();
		metrics.put(TestMetrics.descriptor("broken", Aggregation.AGGREGATE_THEN_COMPUTE), input -> {
			throw new ArithmeticException("bad plugin");
		});
		metrics.put(TestMetrics.descriptor("likes", Aggregation.AGGREGATE_THEN_COMPUTE),
				input -> MetricValue.of(input.sum("likes")));
		MetricRegistry registry = MetricRegistry.of(metrics);
		MetricEngine engine = new MetricEngine(unloadable(registry, "unloadable"), null);
		MetricEngine.Scope scope = engine.scope(client(), List.of());

		assertEquals(MetricResult.Status.FAILED, engine.compute(scope, "broken", Map.of(), DAY, DAY).status());
		MetricResult unloadable = engine.compute(scope, "unloadable", Map.of(), DAY, DAY);
		assertEquals(MetricResult.Status.FAILED, unloadable.status());
		assertTrue(unloadable.reason().startsWith("cannot be loaded: IllegalStateException: com.acme.Gone"),
				unloadable.reason());
		assertEquals(7, engine.compute(scope, "likes", Map.of(), DAY, DAY).value());
		assertEquals("metric failed: no metric 'nope' is installed",
				engine.compute(scope, "nope", Map.of(), DAY, DAY).toString());
	}

	private static void assertFailure(Metric metric, String reason) {
		MetricResult result = MetricTester.of(metric).field("likes", 1).compute();
		assertEquals(MetricResult.Status.FAILED, result.status(), result.toString());
		assertEquals(reason, result.reason());
		assertEquals("metric failed: " + reason, result.toString());
	}

	/** {@code registry} plus a metric {@code id} whose class cannot be loaded. */
	private static MetricRegistry unloadable(MetricRegistry registry, String id) {
		MetricDescriptor descriptor = TestMetrics.descriptor(id, Aggregation.AGGREGATE_THEN_COMPUTE);
		return new MetricRegistry() {
			@Override
			public List<MetricDescriptor> metrics() {
				return registry.metrics();
			}

			@Override
			public Optional<MetricDescriptor> find(String wanted) {
				return wanted.equals(id) ? Optional.of(descriptor) : registry.find(wanted);
			}

			@Override
			public Metric implementation(String wanted) {
				if (wanted.equals(id)) {
					throw new IllegalStateException("com.acme.Gone from com.acme.plugin: ClassNotFoundException");
				}
				return registry.implementation(wanted);
			}

			@Override
			public List<String> problems() {
				return List.of();
			}
		};
	}

	static Client client() {
		SocialystFactory factory = SocialystFactory.eINSTANCE;
		Client client = factory.createClient();
		client.setId("acme");
		client.setName("Acme");
		ChannelAccount channel = factory.createChannelAccount();
		channel.setPlatform(Platform.INSTAGRAM);
		channel.setHandle("acme");
		MeasurementSeries likes = factory.createMeasurementSeries();
		likes.setField("likes");
		likes.setStart(DAY);
		likes.setValues(new double[] { 7 });
		channel.getSeries().add(likes);
		client.getChannels().add(channel);
		return client;
	}
}
