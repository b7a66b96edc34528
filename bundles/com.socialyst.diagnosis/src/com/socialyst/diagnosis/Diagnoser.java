package com.socialyst.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IExtensionRegistry;

import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.AssessmentScorer;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.diagnosis.internal.RuleRegistry;
import com.socialyst.model.Assessment;

import com.socialyst.metrics.MetricEngine;
import com.socialyst.model.Client;
import com.socialyst.model.Strategy;

/** Runs diagnosis rules on a client: the code behind {@code socialyst diagnose} and the workbench. */
public final class Diagnoser {

	private final Map<String, DiagnosisRule> rules;
	private final MaturityModels maturityModels;

	/** A diagnoser whose rules see no assessment. */
	public Diagnoser(Map<String, DiagnosisRule> rules) {
		this(rules, null);
	}

	/**
	 * @param rules by rule id, in the order to run them
	 * @param maturityModels the installed maturity models, to score the client's latest assessment; null for none
	 */
	public Diagnoser(Map<String, DiagnosisRule> rules, MaturityModels maturityModels) {
		this.rules = rules;
		this.maturityModels = maturityModels;
	}

	/**
	 * A diagnoser running every rule contributed to the {@code com.socialyst.diagnosis.rules} extension point (rules
	 * that cannot be loaded are left out; {@code socialyst diagnose} lists them).
	 */
	public static Diagnoser installed(IExtensionRegistry extensions, MaturityModels maturityModels) {
		return new Diagnoser(new RuleRegistry(extensions).rules(), maturityModels);
	}

	/** The diagnosis of {@code client} on {@code asOf}, its findings in English. */
	public DiagnosisReport diagnose(Client client, LocalDate asOf, MetricEngine engine) {
		return diagnose(client, asOf, engine, Locale.ENGLISH);
	}

	/**
	 * The diagnosis of {@code client} on {@code asOf}, the findings' titles, evidence and recommendations in
	 * {@code locale} (English where there is no translation). Rule ids, categories and sources stay as they are.
	 */
	public DiagnosisReport diagnose(Client client, LocalDate asOf, MetricEngine engine, Locale locale) {
		AssessmentResult assessment = assessmentOn(client, asOf);
		DiagnosisContext context = new DiagnosisContext(client, strategyOn(client, asOf), asOf, engine, locale, assessment,
				assessment == null ? null : maturityModels.texts(assessment.model()));
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

	/** The client's latest assessment on or before {@code day}, scored against its model; null when none can be. */
	private AssessmentResult assessmentOn(Client client, LocalDate day) {
		if (maturityModels == null) {
			return null;
		}
		return client.getAssessments().stream().filter(a -> a.getDate() != null && !a.getDate().isAfter(day))
				.max(Comparator.comparing(Assessment::getDate))
				.flatMap(a -> maturityModels.find(a.getModelId(), a.getModelVersion()).map(m -> AssessmentScorer.score(m, a)))
				.orElse(null);
	}

	/** The strategy whose period contains {@code day} (the latest starting one), else null. */
	public static Strategy strategyOn(Client client, LocalDate day) {
		return client.getStrategies().stream()
				.filter(s -> s.getPeriodStart() != null && s.getPeriodEnd() != null && !day.isBefore(s.getPeriodStart())
						&& !day.isAfter(s.getPeriodEnd().plusDays(92)))
				.max(Comparator.comparing(Strategy::getPeriodStart)).orElse(null);
	}
}
