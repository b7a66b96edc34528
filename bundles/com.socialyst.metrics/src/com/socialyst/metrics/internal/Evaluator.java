package com.socialyst.metrics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.MetricValue;
import com.socialyst.metrics.NonFiniteValueException;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.FormulaMetric;

/**
 * Runs metrics with their aggregation rule and contains their failures. Formula metrics come first, so a
 * portfolio may define a metric with a contributed metric's id on purpose (its own definition wins).
 */
public final class Evaluator {

	private final MetricRegistry registry;
	private final FormulaMetrics formulas;

	public Evaluator(MetricRegistry registry, List<FormulaMetric> formulaMetrics) {
		this.registry = registry;
		this.formulas = new FormulaMetrics(formulaMetrics, registry, this);
	}

	public MetricRegistry registry() {
		return registry;
	}

	public FormulaMetrics formulas() {
		return formulas;
	}

	public MetricEngine.Scope scope(Client client, List<ChannelAccount> channels) {
		ScopeData data = new ScopeData(client, channels);
		return new ScopeHandle(data);
	}

	public MetricResult compute(MetricEngine.Scope scope, String id, Map<String, String> parameters, LocalDate from,
			LocalDate to) {
		ScopeData data = ((ScopeHandle) scope).data();
		if (formulas.descriptor(id).isPresent()) {
			return formulas.compute(id, new SeriesInput(data, from, to, parameters, formulas.descriptor(id).get()));
		}
		MetricDescriptor descriptor = registry.find(id).orElse(null);
		if (descriptor == null) {
			return MetricResult.failed("no metric '" + id + "' is installed");
		}
		Metric metric;
		try {
			metric = registry.implementation(id);
		} catch (RuntimeException | LinkageError e) {
			return failed(id, "cannot be loaded: " + message(e), e);
		}
		return run(descriptor, metric, data, parameters, from, to);
	}

	/**
	 * Computes {@code metric} on {@code client}'s {@code channels} (all when empty) without any registry: what
	 * the test kit runs, with exactly the engine's aggregation and isolation.
	 */
	public static MetricResult runAlone(MetricDescriptor descriptor, Metric metric, Client client,
			List<ChannelAccount> channels, Map<String, String> parameters, LocalDate from, LocalDate to) {
		return run(descriptor, metric, new ScopeData(client, channels), parameters, from, to);
	}

	/** Applies {@code descriptor}'s aggregation rule. */
	static MetricResult run(MetricDescriptor descriptor, Metric metric, ScopeData data,
			Map<String, String> parameters, LocalDate from, LocalDate to) {
		if (descriptor.aggregation() == Aggregation.AGGREGATE_THEN_COMPUTE) {
			return safely(descriptor.id(), metric, new SeriesInput(data, from, to, parameters, descriptor));
		}
		double sum = 0;
		int days = 0;
		String lastReason = null;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (!data.hasDataOn(descriptor.fields(), day.toEpochDay())) {
				continue;
			}
			MetricResult daily = safely(descriptor.id(), metric, new SeriesInput(data, day, day, parameters, descriptor));
			if (daily.status() == MetricResult.Status.FAILED) {
				return daily;
			}
			if (daily.hasValue()) {
				sum += daily.value();
				days++;
			} else {
				lastReason = daily.reason();
			}
		}
		if (days == 0) {
			return MetricResult.of(MetricValue.noData(lastReason != null ? "no day with a value: " + lastReason
					: "no data in the period"));
		}
		return MetricResult.of(MetricValue.of(sum / days));
	}

	/** Runs {@code metric}, turning exceptions and non-finite values into failures. */
	static MetricResult safely(String id, Metric metric, SeriesInput input) {
		MetricValue value;
		try {
			value = metric.compute(input);
		} catch (NonFiniteValueException e) {
			return failed(id, e.getMessage(), e);
		} catch (Exception | LinkageError e) {
			return failed(id, message(e), e);
		} catch (StackOverflowError e) {
			return failed(id, "stack overflow", e);
		}
		if (value == null) {
			return failed(id, "returned nothing", null);
		}
		return MetricResult.of(value);
	}

	static MetricResult failed(String id, String reason, Throwable error) {
		String message = "metric '" + id + "' failed: " + reason;
		try {
			ILog.of(Evaluator.class).error(message, error);
		} catch (RuntimeException | LinkageError noPlatform) {
			System.getLogger(Evaluator.class.getName()).log(System.Logger.Level.ERROR, message, error);
		}
		return MetricResult.failed(reason);
	}

	static String message(Throwable e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
	}

	/** The scope handed out by {@link MetricEngine#scope}. */
	record ScopeHandle(ScopeData data) implements MetricEngine.Scope {
		@Override
		public Client client() {
			return data.client();
		}
	}
}
