package com.socialyst.diagnosis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import com.socialyst.assessment.internal.ExtensionMaturityModels;
import com.socialyst.core.demo.DemoPortfolio;
import com.socialyst.diagnosis.DiagnosisReport;
import com.socialyst.diagnosis.Diagnoser;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.internal.RuleRegistry;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.Client;

/**
 * The built-in rules on the demo portfolio: each weak client gets the findings its data implies (see the profile
 * table in {@link DemoPortfolio}), the healthy ones get none.
 */
class DemoDiagnosisTest {

	private static final DemoPortfolio.Options DEMO = new DemoPortfolio.Options(12, 730, 42,
			DemoPortfolio.Options.DEFAULT_END_DATE);
	private static final LocalDate AS_OF = DemoPortfolio.Options.DEFAULT_END_DATE;

	/** Client index → the rules that must fire, from the demo's profile table. */
	private static final Map<Integer, Set<String>> EXPECTED = Map.ofEntries(
			Map.entry(0, Set.of()), Map.entry(2, Set.of()), Map.entry(4, Set.of()), Map.entry(6, Set.of()),
			Map.entry(9, Set.of()),
			Map.entry(1, Set.of("no-outcome-kpis", "no-conversion-tracking", "maturity-gaps")),
			Map.entry(3, Set.of("no-executive-sponsor", "maturity-gaps")),
			Map.entry(5, Set.of("channels-without-strategy")),
			Map.entry(7, Set.of("no-executive-sponsor", "confined-to-marketing", "maturity-gaps")),
			Map.entry(8, Set.of("no-conversion-tracking", "maturity-gaps")),
			Map.entry(10, Set.of("no-outcome-kpis")),
			Map.entry(11, Set.of("too-few-resources", "maturity-gaps")));

	/** The rules for the six causes the demo puts into its weak clients. */
	private static final Set<String> CAUSE_RULES = Set.of("no-executive-sponsor", "confined-to-marketing",
			"no-outcome-kpis", "no-conversion-tracking", "too-few-resources", "channels-without-strategy");

	@Test
	void weakClientsGetTheirCausesAndHealthyOnesNothing() {
		RuleRegistry rules = new RuleRegistry(RegistryFactory.getRegistry());
		assertEquals(List.of(), rules.problems());
		assertEquals(10, rules.rules().size(), rules.rules().keySet().toString());
		Diagnoser diagnoser = new Diagnoser(rules.rules(), new ExtensionMaturityModels(RegistryFactory.getRegistry()));
		MetricEngine engine = new MetricEngine(MetricRegistry.of(Map.of()), null);
		StringBuilder mismatches = new StringBuilder();
		for (Map.Entry<Integer, Set<String>> expected : new java.util.TreeMap<>(EXPECTED).entrySet()) {
			Client client = DemoPortfolio.client(expected.getKey(), DEMO);
			DiagnosisReport report = diagnoser.diagnose(client, AS_OF, engine);
			assertEquals(List.of(), report.problems());
			Set<String> found = report.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
			// healthy: nothing at all; weak: their causes, and no cause they do not have (other true findings,
			// such as a declining channel, may come on top)
			Set<String> wrongCauses = new TreeSet<>(found);
			wrongCauses.retainAll(CAUSE_RULES);
			wrongCauses.removeAll(expected.getValue());
			boolean healthy = expected.getValue().isEmpty();
			if (healthy ? !found.isEmpty() : !found.containsAll(expected.getValue()) || !wrongCauses.isEmpty()) {
				mismatches.append("\n  client ").append(expected.getKey()).append(' ').append(client.getId())
						.append(": expected ").append(new TreeSet<>(expected.getValue())).append(", found ").append(found)
						.append(report.findings().stream().map(f -> "\n      " + f.ruleId() + ": " + f.evidence())
								.collect(Collectors.joining()));
			}
			for (Finding finding : report.findings()) {
				assertTrue(!finding.evidence().isEmpty() && !finding.recommendation().isBlank(), finding.toString());
			}
		}
		assertTrue(mismatches.length() == 0, "findings differ from the demo profiles:" + mismatches);
	}
}
