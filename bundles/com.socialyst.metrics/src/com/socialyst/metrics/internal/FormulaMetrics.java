package com.socialyst.metrics.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.MetricValue;
import com.socialyst.metrics.Unit;
import com.socialyst.model.Direction;
import com.socialyst.model.FormulaMetric;

/**
 * The portfolio's formula metrics: expressions such as {@code (likes + comments + shares) / impressions} over
 * fields (summed over the period) and other metrics (computed on the same scope and period), parsed by Apache
 * Commons JEXL restricted to arithmetic. Cycles, syntax errors and unknown names are found once, up front, and
 * reported with the metric's id; such a metric fails with that message instead of computing.
 */
public final class FormulaMetrics {

	/** Fields any client may have; other names must be metrics (or be fields someone imported). */
	static final Set<String> CANONICAL_FIELDS = Set.of("followers", "impressions", "reach", "engagements", "likes",
			"comments", "shares", "clicks", "video_views", "posts", "replies", "conversions", "revenue", "spend",
			"mentions");

	/** Arithmetic only: no method calls, loops, assignments, lambdas or object creation in a formula. */
	private static final JexlFeatures FEATURES = new JexlFeatures().sideEffect(false).sideEffectGlobal(false)
			.loops(false).lambda(false).methodCall(false).newInstance(false).structuredLiteral(false)
			.annotation(false).pragma(false).script(false).register(false);

	private static final JexlEngine JEXL = new JexlBuilder().features(FEATURES).permissions(JexlPermissions.RESTRICTED)
			.arithmetic(new NoDataArithmetic()).strict(true).silent(false).safe(false).cache(256).create();

	private final Map<String, FormulaMetric> metrics = new LinkedHashMap<>();
	private final Map<String, JexlScript> scripts = new LinkedHashMap<>();
	private final Map<String, Set<String>> names = new LinkedHashMap<>();
	private final Map<String, String> errors = new LinkedHashMap<>();
	private final List<String> warnings = new ArrayList<>();
	private final MetricRegistry registry;
	private final Evaluator evaluator;

	FormulaMetrics(List<FormulaMetric> formulaMetrics, MetricRegistry registry, Evaluator evaluator) {
		this.registry = registry;
		this.evaluator = evaluator;
		for (FormulaMetric metric : formulaMetrics) {
			if (metric.getId() == null || metric.getId().isBlank()) {
				warnings.add("a formula metric has no id");
				continue;
			}
			metrics.put(metric.getId(), metric);
			try {
				JexlScript script = JEXL.createScript(metric.getExpression() == null ? "" : metric.getExpression());
				scripts.put(metric.getId(), script);
				Set<String> used = new LinkedHashSet<>();
				script.getVariables().forEach(path -> used.add(String.join(".", path)));
				names.put(metric.getId(), used);
			} catch (JexlException e) {
				errors.put(metric.getId(), "the formula '" + metric.getExpression() + "' is not valid: " + cause(e));
			}
		}
		findCycles();
		findUnknownNames();
	}

	public List<MetricDescriptor> descriptors() {
		return metrics.keySet().stream().map(id -> descriptor(id).orElseThrow()).toList();
	}

	public Optional<MetricDescriptor> descriptor(String id) {
		FormulaMetric metric = metrics.get(id);
		if (metric == null) {
			return Optional.empty();
		}
		List<String> fields = names.getOrDefault(id, Set.of()).stream().filter(n -> !isMetric(n)).toList();
		Unit unit = unit(metric.getUnit());
		return Optional.of(new MetricDescriptor(id, metric.getName() == null ? id : metric.getName(),
				metric.getDescription() == null ? metric.getExpression() : metric.getDescription(), unit, fields,
				List.of(), Direction.HIGHER_IS_BETTER, Aggregation.AGGREGATE_THEN_COMPUTE,
				"formula: " + metric.getExpression(), null, "portfolio"));
	}

	/** Errors (syntax, cycles) and warnings (unknown names), each naming the formula metric. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		errors.forEach((id, error) -> problems.add("formula metric '" + id + "': " + error));
		problems.addAll(warnings);
		return problems;
	}

	MetricResult compute(String id, SeriesInput input) {
		String error = errors.get(id);
		if (error != null) {
			return MetricResult.failed(error);
		}
		JexlContext context = new JexlContext() {
			@Override
			public Object get(String name) {
				return value(name, input);
			}

			@Override
			public void set(String name, Object value) {
				throw new UnsupportedOperationException("formulas cannot assign");
			}

			@Override
			public boolean has(String name) {
				return true;
			}
		};
		try {
			Object result = scripts.get(id).execute(context);
			if (!(result instanceof Number number)) {
				return MetricResult.failed("the formula gave " + result + ", not a number");
			}
			double value = number.doubleValue();
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return MetricResult.of(MetricValue.noData("the formula has no value (" + value + ")"));
			}
			return MetricResult.of(MetricValue.of(value));
		} catch (NoDataSignal signal) {
			return MetricResult.of(MetricValue.noData(signal.getMessage()));
		} catch (JexlException e) {
			if (e.getCause() instanceof NoDataSignal signal) {
				return MetricResult.of(MetricValue.noData(signal.getMessage()));
			}
			return Evaluator.failed(id, cause(e), e);
		}
	}

	/** A name's value: another metric's value, or the sum of a field; no data stops the whole formula. */
	private Object value(String name, SeriesInput input) {
		if (isMetric(name)) {
			MetricResult result = evaluator.compute(new Evaluator.ScopeHandle(input.data()), name, Map.of(),
					input.from(), input.to());
			if (!result.hasValue()) {
				throw new NoDataSignal(name + ": " + result);
			}
			return result.value();
		}
		double sum = input.sum(name);
		if (Double.isNaN(sum)) {
			throw new NoDataSignal("no values of field '" + name + "' in the period");
		}
		return sum;
	}

	private boolean isMetric(String name) {
		return metrics.containsKey(name) || registry.find(name).isPresent();
	}

	private void findCycles() {
		for (String start : metrics.keySet()) {
			Deque<String> path = new ArrayDeque<>();
			if (cycleFrom(start, start, path, new LinkedHashSet<>())) {
				errors.putIfAbsent(start, "refers to itself: " + start + " → " + String.join(" → ", path));
			}
		}
	}

	private boolean cycleFrom(String start, String current, Deque<String> path, Set<String> visited) {
		for (String name : names.getOrDefault(current, Set.of())) {
			if (!metrics.containsKey(name)) {
				continue;
			}
			path.addLast(name);
			if (name.equals(start) || (visited.add(name) && cycleFrom(start, name, path, visited))) {
				return true;
			}
			path.removeLast();
		}
		return false;
	}

	private void findUnknownNames() {
		names.forEach((id, used) -> used.stream().filter(name -> !isMetric(name) && !CANONICAL_FIELDS.contains(name))
				.forEach(name -> warnings.add("formula metric '" + id + "': '" + name
						+ "' is neither a metric nor a standard field; it has a value only where such a field was imported")));
	}

	private static Unit unit(String text) {
		if (text == null || text.isBlank()) {
			return Unit.RATIO;
		}
		try {
			return Unit.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
		} catch (IllegalArgumentException e) {
			return Unit.RATIO;
		}
	}

	private static String cause(JexlException e) {
		String message = e.getMessage();
		return message == null ? e.getClass().getSimpleName() : message.replaceAll("^\\S+@\\S+ ", "");
	}

	/** Why a formula has no value; unwinds the evaluation. */
	static final class NoDataSignal extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NoDataSignal(String reason) {
			super(reason, null, false, false);
		}
	}

	/** Double arithmetic; a division by zero means no data, not an error or infinity. */
	static final class NoDataArithmetic extends JexlArithmetic {
		NoDataArithmetic() {
			super(true);
		}

		@Override
		public Object divide(Object left, Object right) {
			double divisor = toDouble(right);
			if (divisor == 0) {
				throw new NoDataSignal("division by zero in the formula");
			}
			return toDouble(left) / divisor;
		}
	}
}
