package com.socialyst.metrics.standard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.testkit.MetricTester;

/**
 * Every standard metric as the product sees it: declared in plugin.xml with a description and a source, and its
 * class loads and computes through the extension registry (which catches a typo between plugin.xml and the code).
 */
class PluginDeclarationTest {

	static final List<String> IDS = List.of("engagement_rate_by_impressions", "engagement_rate_by_reach",
			"engagement_rate_by_followers", "conversation_rate", "amplification_rate", "applause_rate", "virality_rate",
			"follower_growth_rate", "ctr", "conversion_rate", "cost_per_acquisition", "customer_acquisition_cost",
			"share_of_voice", "net_sentiment", "response_rate", "social_roi", "mention_volume");

	@Test
	void everyStandardMetricIsDeclaredDocumentedAndLoads() throws Exception {
		MetricRegistry registry = registry();
		assertEquals(List.of(), registry.problems());
		MetricEngine engine = new MetricEngine(registry, null);
		MetricEngine.Scope scope = engine.scope(TestClients.busy(), List.of());
		LocalDate from = MetricTester.DAY_0;
		for (String id : IDS) {
			MetricDescriptor descriptor = registry.find(id).orElseThrow(() -> new AssertionError("no metric " + id));
			assertEquals("com.socialyst.metrics.standard", descriptor.contributor());
			assertFalse(descriptor.description().isBlank(), id + " description");
			assertFalse(descriptor.source() == null || descriptor.source().isBlank(), id + " source");
			assertFalse(descriptor.fields().isEmpty(), id + " fields");
			MetricResult result = engine.compute(scope, id, Map.of(), from, from.plusDays(2));
			assertNotEquals(MetricResult.Status.FAILED, result.status(), id + ": " + result);
			assertEquals(MetricResult.Status.VALUE, result.status(), id + ": " + result);
		}
	}

	@Test
	void theRegistryPassesTheFieldsOfParametrisedClasses() throws Exception {
		MetricEngine engine = new MetricEngine(registry(), null);
		MetricEngine.Scope scope = engine.scope(TestClients.busy(), List.of());
		LocalDate from = MetricTester.DAY_0;
		// busy(): clicks 10 a day, impressions 1,000 a day: ctr 0.01 whatever the days
		assertEquals(0.01, engine.compute(scope, "ctr", Map.of(), from, from.plusDays(2)).value(), 1e-12);
		// likes 50 a day over 2 posts a day: 25 per post; per follower: 150 / 5,200
		assertEquals(25, engine.compute(scope, "applause_rate", Map.of(), from, from.plusDays(2)).value(), 1e-12);
		assertEquals(150 / 5_200.0,
				engine.compute(scope, "applause_rate", Map.of("per", "follower"), from, from.plusDays(2)).value(), 1e-12);
	}

	static MetricRegistry registry() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(PluginDeclarationTest.class).getBundleContext();
		ServiceTracker<MetricRegistry, MetricRegistry> tracker = new ServiceTracker<>(context, MetricRegistry.class, null);
		tracker.open();
		try {
			MetricRegistry registry = tracker.waitForService(10_000);
			if (registry == null) {
				throw new AssertionError("no MetricRegistry service");
			}
			return registry;
		} finally {
			tracker.close();
		}
	}
}
