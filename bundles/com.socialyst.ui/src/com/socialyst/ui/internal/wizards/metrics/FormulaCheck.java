package com.socialyst.ui.internal.wizards.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.metrics.MetricResult;
import com.socialyst.model.FormulaMetric;
import com.socialyst.model.Portfolio;
import com.socialyst.model.SocialystFactory;

/**
 * Checks a formula metric before it joins the portfolio, with the engine that will compute it: the public
 * {@link MetricEngine}, given a scratch copy of the portfolio's formula metrics plus the new one. A syntax error or a
 * cycle is what the engine fails the metric with when asked to compute it (on a client without data, so nothing is
 * summed); names that are neither metrics nor standard fields are the engine's warnings about the metric.
 */
final class FormulaCheck {

	/**
	 * What the engine says about a formula.
	 *
	 * @param error why the formula cannot be computed, null when it can
	 * @param warnings what may still surprise (a name that is neither a metric nor a standard field)
	 */
	record Result(String error, List<String> warnings) {
	}

	/** Ids are names inside formulas, so they must be formula identifiers; lower case like every metric id. */
	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	/** Words the formula language (Apache Commons JEXL) reserves; a metric so named could not be used in a formula. */
	private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div",
			"mod", "null", "true", "false", "new", "var", "let", "const", "do", "while", "for", "if", "else",
			"function", "return", "break", "continue", "empty", "size", "switch", "case", "default", "try", "catch",
			"finally", "throw", "instanceof", "in", "nan");

	/** The id the formula is checked under while the typed id is not usable yet. */
	private static final String PLACEHOLDER_ID = "formula_being_checked";

	private final MetricRegistry registry;
	private final List<FormulaMetric> existing;

	/**
	 * @param registry the installed metrics
	 * @param existing the portfolio's formula metrics (read, never changed)
	 */
	FormulaCheck(MetricRegistry registry, List<FormulaMetric> existing) {
		this.registry = registry;
		this.existing = List.copyOf(existing);
	}

	/** Why {@code id} cannot be the new metric's id, null when it can (a blank id is the caller's to ask for). */
	String idProblem(String id) {
		if (!ID.matcher(id).matches()) {
			return NLS.bind(Messages.errorIdSyntax, id);
		}
		if (RESERVED.contains(id)) {
			return NLS.bind(Messages.errorIdReserved, id);
		}
		Optional<MetricDescriptor> installed = registry.find(id);
		if (installed.isPresent()) {
			return NLS.bind(Messages.errorIdInstalled, id, installed.get().contributor());
		}
		if (existing.stream().anyMatch(metric -> id.equals(metric.getId()))) {
			return NLS.bind(Messages.errorIdFormula, id);
		}
		return null;
	}

	/** What the engine makes of {@code expression} as the metric {@code id} (a placeholder when that is unusable). */
	Result expression(String id, String expression) {
		String checkedId = id != null && idProblem(id) == null ? id : placeholderId();
		SocialystFactory factory = SocialystFactory.eINSTANCE;
		Portfolio scratch = factory.createPortfolio();
		scratch.getFormulaMetrics().addAll(EcoreUtil.copyAll(existing));
		FormulaMetric candidate = factory.createFormulaMetric();
		candidate.setId(checkedId);
		candidate.setExpression(expression);
		scratch.getFormulaMetrics().add(candidate);

		MetricEngine engine = new MetricEngine(registry, scratch);
		LocalDate day = LocalDate.now();
		MetricResult result = engine.compute(factory.createClient(), List.of(), checkedId, Map.of(), day, day);
		String error = result.status() == MetricResult.Status.FAILED ? result.reason() : null;
		String prefix = "formula metric '" + checkedId + "': ";
		List<String> warnings = new ArrayList<>();
		for (String problem : engine.problems()) {
			if (problem.startsWith(prefix) && !problem.equals(prefix + error)) {
				warnings.add(problem.substring(prefix.length()));
			}
		}
		return new Result(error, warnings);
	}

	private String placeholderId() {
		String id = PLACEHOLDER_ID;
		for (int n = 2; idProblem(id) != null; n++) {
			id = PLACEHOLDER_ID + "_" + n;
		}
		return id;
	}

	/** Every name a formula can use: installed metrics, the portfolio's formula metrics and their fields, sorted. */
	Set<String> names() {
		Set<String> names = new TreeSet<>();
		for (MetricDescriptor metric : registry.metrics()) {
			names.add(metric.id());
			names.addAll(metric.fields());
		}
		existing.stream().map(FormulaMetric::getId).filter(id -> id != null && !id.isBlank()).forEach(names::add);
		return names;
	}

	/** The description of metric {@code name}, null for a field. */
	String describe(String name) {
		return registry.find(name).map(MetricDescriptor::name).orElseGet(() -> existing.stream()
				.filter(metric -> name.equals(metric.getId())).map(FormulaMetric::getName).findFirst().orElse(null));
	}
}
