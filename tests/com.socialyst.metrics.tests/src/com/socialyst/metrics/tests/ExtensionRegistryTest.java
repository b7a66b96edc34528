package com.socialyst.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.Unit;

/** The metrics contributed through plugin.xml, read by the registry service as in the product. */
class ExtensionRegistryTest {

	@Test
	void contributionsAreReadAndBadOnesReported() throws Exception {
		MetricRegistry registry = registry();
		MetricDescriptor likes = registry.find("test_likes_per_post").orElseThrow();
		assertEquals("Likes per post (test)", likes.name(), "the first of two contributions with an id wins");
		assertEquals(Unit.RATIO, likes.unit());
		assertEquals(List.of("likes", "posts"), likes.fields());
		assertEquals(Aggregation.AGGREGATE_THEN_COMPUTE, likes.aggregation());
		assertEquals("1", likes.defaultParameter("scale"));
		assertEquals("com.socialyst.metrics.tests", likes.contributor());

		List<String> problems = registry.problems();
		assertTrue(problems.contains("com.socialyst.metrics.tests: metric 'test_likes_per_post' is contributed by "
				+ "com.socialyst.metrics.tests already; this one is ignored"), problems.toString());
		assertTrue(problems.contains("com.socialyst.metrics.tests: <metric> without unit"), problems.toString());

		MetricEngine engine = new MetricEngine(registry, null);
		MetricEngine.Scope scope = engine.scope(IsolationTest.client(), List.of());
		LocalDate day = LocalDate.of(2026, 3, 1);
		MetricResult missing = engine.compute(scope, "test_missing_class", Map.of(), day, day);
		assertEquals(MetricResult.Status.FAILED, missing.status());
		assertTrue(missing.reason().contains("com.socialyst.metrics.tests.NoSuchMetric"), missing.reason());
		// the client has likes but no posts: the working contribution computes to "no data"
		assertEquals(MetricResult.Status.NO_DATA, engine.compute(scope, "test_likes_per_post", Map.of(), day, day).status());
	}

	private static MetricRegistry registry() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(ExtensionRegistryTest.class).getBundleContext();
		ServiceTracker<MetricRegistry, MetricRegistry> tracker = new ServiceTracker<>(context, MetricRegistry.class, null);
		tracker.open();
		try {
			MetricRegistry registry = tracker.waitForService(10_000);
			if (registry == null) {
				throw new AssertionError("no MetricRegistry service (is Declarative Services running?)");
			}
			return registry;
		} finally {
			tracker.close();
		}
	}
}
