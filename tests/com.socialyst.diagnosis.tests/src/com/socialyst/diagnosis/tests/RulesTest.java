package com.socialyst.diagnosis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisReport;
import com.socialyst.diagnosis.Diagnoser;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.rules.ChannelsWithoutStrategy;
import com.socialyst.diagnosis.internal.rules.InitiativesOverdue;
import com.socialyst.diagnosis.internal.rules.KpisWithoutTargets;
import com.socialyst.diagnosis.internal.rules.ToolsAndChannels;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Governance;
import com.socialyst.model.Initiative;
import com.socialyst.model.InitiativeStatus;
import com.socialyst.model.Kpi;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Platform;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.Strategy;

/** Each rule the demo portfolio does not exercise, firing and not firing, on small hand-made clients. */
class RulesTest {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;
	private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
	private static final MetricEngine ENGINE = new MetricEngine(MetricRegistry.of(Map.of()), null);

	@Test
	void kpisWithoutTargetOrWeight() {
		Client client = client();
		Kpi kpi = FACTORY.createKpi();
		kpi.setId("reach");
		kpi.setName("Reach");
		kpi.setMetricId("engagement_rate_by_reach");
		client.getStrategies().get(0).getKpis().add(kpi);
		List<Finding> findings = new KpisWithoutTargets().check(context(client));
		assertEquals(1, findings.size());
		assertEquals(Category.EVALUATION, findings.get(0).category());
		assertTrue(findings.get(0).evidence().get(0).contains("1 of 1 KPIs lack a baseline, a target or a weight: Reach"));
		kpi.setBaseline(0.02);
		kpi.setTarget(0.03);
		assertEquals(List.of(), new KpisWithoutTargets().check(context(client)));
	}

	@Test
	void overdueAndOwnerlessInitiatives() {
		Client client = client();
		Initiative initiative = FACTORY.createInitiative();
		initiative.setName("Employee advocacy pilot");
		initiative.setStatus(InitiativeStatus.ACTIVE);
		initiative.setEnd(LocalDate.of(2026, 6, 30));
		client.getStrategies().get(0).getInitiatives().add(initiative);
		List<Finding> findings = new InitiativesOverdue().check(context(client));
		assertEquals(List.of("'Employee advocacy pilot' ended 2026-06-30 but is still active",
				"'Employee advocacy pilot' has no owner"), findings.get(0).evidence());
		initiative.setStatus(InitiativeStatus.DONE);
		assertEquals(List.of(), new InitiativesOverdue().check(context(client)));
	}

	@Test
	void noStrategyAtAll() {
		Client client = client();
		client.getStrategies().clear();
		List<Finding> findings = new ChannelsWithoutStrategy().check(context(client));
		assertEquals("no-strategy", findings.get(0).ruleId());
		assertEquals(Severity.HIGH, findings.get(0).severity());
	}

	@Test
	void decliningChannelAndOldToolReview() {
		Client client = client();
		ChannelAccount channel = client.getChannels().get(0);
		// impressions 100 a day a year ago, 60 a day now: down 40 %
		MeasurementSeries impressions = FACTORY.createMeasurementSeries();
		impressions.setField("impressions");
		impressions.setStart(AS_OF.minusYears(1).minusDays(89));
		double[] values = new double[(int) (AS_OF.toEpochDay() - impressions.getStart().toEpochDay() + 1)];
		for (int i = 0; i < values.length; i++) {
			values[i] = i < 90 ? 100 : 60;
		}
		impressions.setValues(values);
		channel.getSeries().add(impressions);
		List<Finding> findings = new ToolsAndChannels().check(context(client));
		assertTrue(findings.get(0).evidence().contains("x:acme: impressions down 40 % on a year earlier (5,400 against 9,000)"),
				findings.get(0).evidence().toString());
		assertTrue(findings.get(0).evidence().contains("tools and platforms last reviewed 2023-01-15"));
		values = values.clone();
		java.util.Arrays.fill(values, 100);
		impressions.setValues(values);
		client.getStrategies().get(0).getGovernance().setLastToolReview(LocalDate.of(2026, 1, 10));
		assertEquals(List.of(), new ToolsAndChannels().check(context(client)));
	}

	@Test
	void aFailingRuleIsReportedAndTheOthersRun() {
		Map<String, com.socialyst.diagnosis.DiagnosisRule> rules = new java.util.LinkedHashMap<>();
		rules.put("broken", context -> {
			throw new IllegalStateException("bug");
		});
		rules.put("no-strategy-check", new ChannelsWithoutStrategy());
		Client client = client();
		client.getStrategies().clear();
		DiagnosisReport report = new Diagnoser(rules).diagnose(client, AS_OF, ENGINE);
		assertEquals(List.of("rule 'broken' failed: java.lang.IllegalStateException: bug"), report.problems());
		assertEquals(1, report.findings().size());
	}

	private static DiagnosisContext context(Client client) {
		return new DiagnosisContext(client, Diagnoser.strategyOn(client, AS_OF), AS_OF, ENGINE);
	}

	private static Client client() {
		Client client = FACTORY.createClient();
		client.setId("acme");
		client.setName("Acme");
		ChannelAccount x = FACTORY.createChannelAccount();
		x.setPlatform(Platform.X);
		x.setHandle("acme");
		client.getChannels().add(x);
		Strategy strategy = FACTORY.createStrategy();
		strategy.setPeriodStart(LocalDate.of(2026, 1, 1));
		strategy.setPeriodEnd(LocalDate.of(2026, 12, 31));
		strategy.getChannels().add(x);
		Governance governance = FACTORY.createGovernance();
		governance.setLastToolReview(LocalDate.of(2023, 1, 15));
		strategy.setGovernance(governance);
		client.getStrategies().add(strategy);
		return client;
	}
}
