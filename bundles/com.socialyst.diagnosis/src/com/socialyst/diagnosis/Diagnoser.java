package com.socialyst.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.socialyst.metrics.MetricEngine;
import com.socialyst.model.Client;
import com.socialyst.model.Strategy;

/** Runs diagnosis rules on a client: the code behind {@code socialyst diagnose} and the workbench. */
public final class Diagnoser {

	private final Map<String, DiagnosisRule> rules;

	/** @param rules by rule id, in the order to run them */
	public Diagnoser(Map<String, DiagnosisRule> rules) {
		this.rules = rules;
	}

	public DiagnosisReport diagnose(Client client, LocalDate asOf, MetricEngine engine) {
		DiagnosisContext context = new DiagnosisContext(client, strategyOn(client, asOf), asOf, engine);
		List<Finding> findings = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		rules.forEach((id, rule) -> {
			try {
				findings.addAll(rule.check(context));
			} catch (Exception | LinkageError e) {
				problems.add("rule '" + id + "' failed: " + e);
			}
		});
		findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::category));
		return new DiagnosisReport(client.getId(), client.getName(), asOf, findings, problems);
	}

	/** The strategy whose period contains {@code day} (the latest starting one), else null. */
	public static Strategy strategyOn(Client client, LocalDate day) {
		return client.getStrategies().stream()
				.filter(s -> s.getPeriodStart() != null && s.getPeriodEnd() != null && !day.isBefore(s.getPeriodStart())
						&& !day.isAfter(s.getPeriodEnd().plusDays(92)))
				.max(Comparator.comparing(Strategy::getPeriodStart)).orElse(null);
	}
}
