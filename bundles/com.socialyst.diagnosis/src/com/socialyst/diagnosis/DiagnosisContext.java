package com.socialyst.diagnosis;

import java.time.LocalDate;
import java.util.Locale;

import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.MaturityTexts;

import com.socialyst.metrics.MetricEngine;
import com.socialyst.model.Client;
import com.socialyst.model.Strategy;

/**
 * What a rule reads: the client, its strategy in force on the diagnosis day (null when none), that day, the
 * metric engine for anything computed from measurements, the language findings are written in, and the client's
 * latest maturity assessment up to that day.
 *
 * @param locale the language of titles, evidence and recommendations (and of the numbers in them); null means
 *            English. Languages without a translation get English.
 * @param assessment the latest assessment on or before {@code asOf}, scored; null when there is none (or its model
 *            is not installed)
 * @param maturityTexts the names of that assessment's model in the installed languages; null with no assessment
 */
public record DiagnosisContext(Client client, Strategy strategy, LocalDate asOf, MetricEngine engine, Locale locale,
		AssessmentResult assessment, MaturityTexts maturityTexts) {

	public DiagnosisContext {
		locale = locale == null ? Locale.ENGLISH : locale;
	}

	/** A context whose findings are in English, without an assessment. */
	public DiagnosisContext(Client client, Strategy strategy, LocalDate asOf, MetricEngine engine) {
		this(client, strategy, asOf, engine, Locale.ENGLISH);
	}

	/** A context without an assessment. */
	public DiagnosisContext(Client client, Strategy strategy, LocalDate asOf, MetricEngine engine, Locale locale) {
		this(client, strategy, asOf, engine, locale, null, null);
	}
}
