package com.socialyst.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.socialyst.metrics.internal.Evaluator;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Portfolio;

/**
 * Computes metrics for clients: the contributed metrics of a {@link MetricRegistry} and the formula metrics of a
 * portfolio, side by side. Every failure is contained: a metric that throws, returns NaN or cannot be loaded
 * gives {@link MetricResult.Status#FAILED} for itself only (and a line in the log).
 * <p>
 * For many metrics on the same client and channels, take a {@link #scope} once and compute on it: the scope
 * holds the client's series as arrays and each sum is computed once.
 * </p>
 */
public final class MetricEngine {

	/** A client's channels in scope, prepared for computing. */
	public interface Scope {
		Client client();
	}

	private final Evaluator evaluator;

	/**
	 * @param portfolio whose formula metrics to offer; null for none
	 */
	public MetricEngine(MetricRegistry registry, Portfolio portfolio) {
		this.evaluator = new Evaluator(registry, portfolio == null ? List.of() : portfolio.getFormulaMetrics());
	}

	/** Contributed and formula metrics, by id. */
	public List<MetricDescriptor> metrics() {
		List<MetricDescriptor> all = new ArrayList<>(evaluator.registry().metrics());
		all.addAll(evaluator.formulas().descriptors());
		all.sort(Comparator.comparing(MetricDescriptor::id));
		return all;
	}

	public Optional<MetricDescriptor> find(String id) {
		Optional<MetricDescriptor> formula = evaluator.formulas().descriptor(id);
		return formula.isPresent() ? formula : evaluator.registry().find(id);
	}

	/** Whether {@code id} names a metric; for the model's validator. */
	public boolean knows(String id) {
		return find(id).isPresent();
	}

	/** Contributions that could not be read, and formula metrics with errors (syntax, cycles, unknown names). */
	public List<String> problems() {
		List<String> problems = new ArrayList<>(evaluator.registry().problems());
		problems.addAll(evaluator.formulas().problems());
		return problems;
	}

	/** Prepares {@code client}'s {@code channels} (all of them when empty) for computing. */
	public Scope scope(Client client, List<ChannelAccount> channels) {
		return evaluator.scope(client, channels);
	}

	/**
	 * Metric {@code metricId} over {@code from..to} (inclusive) on {@code scope}.
	 *
	 * @param parameters the KPI's parameters; missing ones take the metric's defaults
	 */
	public MetricResult compute(Scope scope, String metricId, Map<String, String> parameters, LocalDate from,
			LocalDate to) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("the period " + from + " to " + to + " ends before it starts");
		}
		return evaluator.compute(scope, metricId, parameters, from, to);
	}

	/** {@link #compute(Scope, String, Map, LocalDate, LocalDate)} for one metric. */
	public MetricResult compute(Client client, List<ChannelAccount> channels, String metricId,
			Map<String, String> parameters, LocalDate from, LocalDate to) {
		return compute(scope(client, channels), metricId, parameters, from, to);
	}
}
