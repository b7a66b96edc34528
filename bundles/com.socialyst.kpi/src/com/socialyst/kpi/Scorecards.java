package com.socialyst.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricResult;
import com.socialyst.model.BudgetCategory;
import com.socialyst.model.BudgetLine;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Direction;
import com.socialyst.model.Kpi;
import com.socialyst.model.KpiKind;
import com.socialyst.model.KpiParameter;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.PeriodKind;
import com.socialyst.model.SoftValue;
import com.socialyst.model.Strategy;

/**
 * Computes {@link Scorecard}s: a client's KPIs over a period, their composite scores and the ROI.
 * <p>
 * The strategy used is the client's strategy overlapping the period; when several do, the one starting latest (it
 * carries the targets in force). Each KPI's metric is computed over the period up to the as-of day, on the KPI's
 * channels (when it names none, the strategy's channels; when the strategy names none either, all the client's
 * channels), with the KPI's parameters; and again over the previous period for the trend. Nothing here throws for
 * bad data: a failing metric shows "metric failed: …" on its own KPI and every other KPI is computed as usual.
 * </p>
 * <p>
 * Budget lines and soft values are taken as amounts for the whole strategy period and prorated by the days of the
 * evaluated period (up to the as-of day) that fall in it, divided by the days of the strategy period; revenue is
 * read over the same days (so a period the strategy covers only in part has an ROI of that part), so that the ROI
 * compares like with like. Each such assumption is listed in
 * {@link Roi#assumptions()}.
 * </p>
 */
public final class Scorecards {

	/** The change applied to the soft value for the ROI's sensitivity figures. */
	public static final double SOFT_VALUE_SENSITIVITY = 0.2;

	/** The measurement field that holds attributed revenue. */
	public static final String REVENUE_FIELD = "revenue";

	private Scorecards() {
	}

	/**
	 * The scorecard of {@code client} over {@code period} as of {@code asOf}: no data after {@code asOf} is read,
	 * and targets are prorated to the part of the period up to it for pacing.
	 *
	 * @param engine computes the KPIs' metrics
	 * @return a scorecard; without a strategy covering the period an empty one with the note
	 *         {@code no strategy covers the period}
	 */
	public static Scorecard evaluate(MetricEngine engine, Client client, Period period, LocalDate asOf) {
		Objects.requireNonNull(engine, "engine");
		Objects.requireNonNull(client, "client");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(asOf, "asOf");
		List<String> notes = new ArrayList<>();
		Strategy strategy = strategyFor(client, period, notes);
		if (strategy == null) {
			notes.add("no strategy covers the period " + period.label());
			return new Scorecard(client.getId(), client.getName(), period.label(), period.from(), period.to(), asOf,
					null, List.of(), Double.NaN, Double.NaN, Double.NaN, List.of(),
					Roi.unavailable("no strategy covers the period"), notes);
		}
		String strategyPeriod = strategy.getPeriodStart() + ".." + strategy.getPeriodEnd();

		// The last day read: a scorecard of a running period must not look at days that have not happened yet.
		LocalDate end = min(period.to(), asOf);
		long elapsedDays = end.isBefore(period.from()) ? 0 : days(period.from(), end);
		double elapsed = elapsedDays / (double) period.days();
		if (elapsedDays == 0) {
			notes.add("the period starts after " + asOf + ": there is nothing to measure yet");
		} else if (elapsedDays < period.days()) {
			notes.add(String.format(Locale.ROOT,
					"the period is running: data up to %s (%d of %d days); targets are prorated for pacing", asOf,
					elapsedDays, period.days()));
		}
		long covered = period.overlapDays(strategy.getPeriodStart(), strategy.getPeriodEnd());
		if (covered < period.days()) {
			notes.add(String.format(Locale.ROOT, "the strategy %s covers %d of the period's %d days", strategyPeriod,
					covered, period.days()));
		}

		Period previous = period.previous();
		LocalDate previousEnd = min(previous.to(), asOf);
		// One scope per distinct channel list: a scope holds the series as arrays, worth building once only.
		Map<List<ChannelAccount>, MetricEngine.Scope> scopes = new HashMap<>();
		List<KpiScore> scores = new ArrayList<>();
		List<String> otherPeriodTargets = new ArrayList<>();
		for (Kpi kpi : strategy.getKpis()) {
			List<ChannelAccount> channels = channels(kpi, strategy);
			MetricEngine.Scope scope = scopes.computeIfAbsent(channels, list -> engine.scope(client, list));
			MetricResult actual = elapsedDays == 0
					? new MetricResult(MetricResult.Status.NO_DATA, Double.NaN, "the period starts after " + asOf)
					: compute(engine, scope, kpi, period.from(), end);
			MetricResult prior = previousEnd.isBefore(previous.from())
					? new MetricResult(MetricResult.Status.NO_DATA, Double.NaN,
							"the previous period starts after " + asOf)
					: compute(engine, scope, kpi, previous.from(), previousEnd);
			scores.add(score(kpi, actual, prior, elapsed));
			PeriodKind evaluation = kpi.getEvaluationPeriod();
			if (kpi.isSetTarget() && evaluation != null && evaluation != PeriodKind.CUSTOM
					&& period.kind() != evaluation) {
				otherPeriodTargets.add(name(kpi) + " (per " + evaluation.getLiteral() + ")");
			}
		}
		if (!otherPeriodTargets.isEmpty()) {
			// Not rescaled: whether a target scales with the period depends on the metric (a count does, a rate not).
			notes.add("targets set for another period length than this " + period.kind().getLiteral()
					+ ", compared as they are: " + String.join(", ", otherPeriodTargets));
		}

		List<String> missing = new ArrayList<>();
		for (KpiScore score : scores) {
			String reason = missingReason(score);
			if (reason != null) {
				missing.add((score.name() != null ? score.name() : score.kpiId()) + ": " + reason);
			}
		}
		Roi roi = roi(client, strategy, period, end);
		return new Scorecard(client.getId(), client.getName(), period.label(), period.from(), period.to(), asOf,
				strategyPeriod, scores, composite(scores, KpiKind.HARD.getLiteral()),
				composite(scores, KpiKind.SOFT.getLiteral()), composite(scores, null), missing, roi, notes);
	}

	/**
	 * The month-by-month trend of every KPI of the strategy that {@link #evaluate} would use for {@code period}: the
	 * {@code months} months ending with the period's last month, each cut at {@code asOf}; months after {@code asOf}
	 * are left out. Empty without a strategy.
	 */
	public static List<TrendPoint> trend(MetricEngine engine, Client client, Period period, LocalDate asOf, int months) {
		Strategy strategy = strategyFor(client, period);
		List<TrendPoint> points = new ArrayList<>();
		if (strategy == null) {
			return points;
		}
		YearMonth last = YearMonth.from(period.to());
		Map<List<ChannelAccount>, MetricEngine.Scope> scopes = new HashMap<>();
		for (Kpi kpi : strategy.getKpis()) {
			MetricEngine.Scope scope = scopes.computeIfAbsent(channels(kpi, strategy), list -> engine.scope(client, list));
			double target = kpi.isSetTarget() ? kpi.getTarget() : Double.NaN;
			for (YearMonth month = last.minusMonths(months - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
				if (month.atDay(1).isAfter(asOf)) {
					break;
				}
				MetricResult result = compute(engine, scope, kpi, month.atDay(1), min(month.atEndOfMonth(), asOf));
				points.add(new TrendPoint(kpi.getId(), name(kpi), month, result.hasValue() ? result.value() : Double.NaN,
						target));
			}
		}
		return points;
	}

	/**
	 * The weighted mean of the progress (clamped to [0, 1]) of the scored KPIs of {@code kind} (all when null),
	 * times 100. The weights are normalised over the KPIs that count, so a KPI without data shifts its weight to
	 * the others instead of pulling the score towards 0.
	 *
	 * @return 0..100; NaN when no KPI of the kind has a progress
	 */
	public static double composite(List<KpiScore> scores, String kind) {
		double weights = 0;
		double sum = 0;
		for (KpiScore score : scores) {
			if ((kind == null || kind.equals(score.kind())) && score.scored()) {
				weights += score.weight();
				sum += score.weight() * Math.max(0, Math.min(1, score.progress()));
			}
		}
		return weights == 0 ? Double.NaN : 100 * sum / weights;
	}

	/** Why {@code score} is left out of the composites, or null when it counts. */
	private static String missingReason(KpiScore score) {
		if (!score.hasActual()) {
			return score.explanation() != null ? score.explanation() : "no data";
		}
		if (Double.isNaN(score.baseline())) {
			return "no baseline set";
		}
		if (Double.isNaN(score.target())) {
			return "no target set";
		}
		if (Double.isNaN(score.progress())) {
			return "the target equals the baseline";
		}
		if (!(score.weight() > 0)) {
			return "weight must be > 0 (is " + score.weight() + ")";
		}
		return null;
	}

	/**
	 * The strategy a scorecard for {@code period} uses (see below); null when none overlaps it. Reports about a
	 * strategy use the same one.
	 */
	public static Strategy strategyFor(Client client, Period period) {
		return strategyFor(client, period, new ArrayList<>());
	}

	/**
	 * The strategy to use: of those overlapping {@code period}, the one starting latest. Strategies without both
	 * dates are skipped with a note, as they cannot be placed in time.
	 */
	private static Strategy strategyFor(Client client, Period period, List<String> notes) {
		Strategy chosen = null;
		int overlapping = 0;
		for (Strategy strategy : client.getStrategies()) {
			LocalDate start = strategy.getPeriodStart();
			LocalDate end = strategy.getPeriodEnd();
			if (start == null || end == null || end.isBefore(start)) {
				notes.add("a strategy without a valid start and end date is ignored");
				continue;
			}
			if (period.overlapDays(start, end) > 0) {
				overlapping++;
				if (chosen == null || !start.isBefore(chosen.getPeriodStart())) {
					chosen = strategy;
				}
			}
		}
		if (overlapping > 1) {
			notes.add(overlapping + " strategies overlap the period; the one starting " + chosen.getPeriodStart()
					+ " is used");
		}
		return chosen;
	}

	/** The KPI's channels; when it names none, the strategy's; when that names none, all (an empty list). */
	private static List<ChannelAccount> channels(Kpi kpi, Strategy strategy) {
		if (!kpi.getChannels().isEmpty()) {
			return List.copyOf(kpi.getChannels());
		}
		return List.copyOf(strategy.getChannels());
	}

	private static MetricResult compute(MetricEngine engine, MetricEngine.Scope scope, Kpi kpi, LocalDate from,
			LocalDate to) {
		String metricId = kpi.getMetricId();
		if (metricId == null || metricId.isBlank()) {
			return MetricResult.failed("the KPI names no metric");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		for (KpiParameter parameter : kpi.getParameters()) {
			if (parameter.getKey() != null && parameter.getValue() != null) {
				parameters.put(parameter.getKey(), parameter.getValue());
			}
		}
		try {
			return engine.compute(scope, metricId, parameters, from, to);
		} catch (RuntimeException e) {
			// The engine contains metric failures itself; this only guards the scorecard against the engine.
			return MetricResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	/** The score of {@code kpi} given its actual and previous results; see {@link KpiScore} for the rules. */
	static KpiScore score(Kpi kpi, MetricResult actualResult, MetricResult priorResult, double elapsed) {
		boolean lower = kpi.getDirection() == Direction.LOWER_IS_BETTER;
		double actual = actualResult.hasValue() ? actualResult.value() : Double.NaN;
		double baseline = kpi.isSetBaseline() ? kpi.getBaseline() : Double.NaN;
		double target = kpi.isSetTarget() ? kpi.getTarget() : Double.NaN;
		double amber = kpi.isSetAmberThreshold() ? kpi.getAmberThreshold() : Double.NaN;
		double red = kpi.isSetRedThreshold() ? kpi.getRedThreshold() : Double.NaN;

		double progress = Double.isNaN(actual) || Double.isNaN(baseline) || Double.isNaN(target) || target == baseline
				? Double.NaN
				: (actual - baseline) / (target - baseline);
		double expected = Double.isNaN(baseline) || Double.isNaN(target) ? Double.NaN
				: baseline + (target - baseline) * elapsed;
		boolean onPace = !Double.isNaN(actual) && !Double.isNaN(expected)
				&& (lower ? actual <= expected : actual >= expected);

		double previous = priorResult.hasValue() ? priorResult.value() : Double.NaN;
		double change = actual - previous; // NaN when either is NaN
		double relativeChange = Double.isNaN(change) || previous == 0 ? Double.NaN : change / Math.abs(previous);

		Direction direction = lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
		KpiKind kind = kpi.getKind() == null ? KpiKind.HARD : kpi.getKind();
		return new KpiScore(kpi.getId(), kpi.getName(), kind.getLiteral(), kpi.getMetricId(), kpi.getWeight(),
				direction.getLiteral(), actual, actualResult.status().name(),
				actualResult.hasValue() ? null : actualResult.toString(), baseline, target, amber, red, progress,
				expected, onPace, status(actual, lower, amber, red, target, progress), previous, change,
				relativeChange);
	}

	/** The traffic light; the rules are those documented on {@link KpiScore}. */
	static KpiStatus status(double actual, boolean lower, double amber, double red, double target, double progress) {
		if (Double.isNaN(actual)) {
			return KpiStatus.NO_DATA;
		}
		if (!Double.isNaN(amber) || !Double.isNaN(red)) {
			// Comparisons with NaN are false, so an unset threshold never matches.
			boolean isRed = lower ? actual > red : actual < red;
			boolean isGreen = lower ? actual <= amber : actual >= amber;
			if (isRed) {
				return KpiStatus.RED;
			}
			if (isGreen || Double.isNaN(amber)) {
				return KpiStatus.GREEN;
			}
			return KpiStatus.AMBER;
		}
		if (Double.isNaN(target)) {
			return KpiStatus.NO_DATA;
		}
		if (lower ? actual <= target : actual >= target) {
			return KpiStatus.GREEN;
		}
		return progress >= 0.5 ? KpiStatus.AMBER : KpiStatus.RED;
	}

	/**
	 * The ROI over the days of {@code period.from()..end} (the period up to the as-of day) that lie in the strategy
	 * period; see {@link Roi}.
	 */
	private static Roi roi(Client client, Strategy strategy, Period period, LocalDate end) {
		LocalDate strategyStart = strategy.getPeriodStart();
		LocalDate strategyEnd = strategy.getPeriodEnd();
		String strategyPeriod = strategyStart + ".." + strategyEnd;
		long strategyDays = days(strategyStart, strategyEnd);
		// Like for like: revenue is read over the same days the strategy's budget is prorated to. Revenue of days the
		// strategy does not cover has no investment to set against it and would inflate the ROI.
		LocalDate from = max(period.from(), strategyStart);
		LocalDate to = min(end, strategyEnd);
		long overlap = to.isBefore(from) ? 0 : days(from, to);
		long elapsed = end.isBefore(period.from()) ? 0 : days(period.from(), end);
		double share = overlap / (double) strategyDays;
		List<String> assumptions = new ArrayList<>();
		assumptions.add(String.format(Locale.ROOT,
				"budget lines and soft values are amounts for the whole strategy period %s (%d days), prorated by the"
						+ " %d days of %s..%s that fall in it",
				strategyPeriod, strategyDays, overlap, period.from(), end));
		if (overlap > 0 && overlap < elapsed) {
			assumptions.add(String.format(Locale.ROOT,
					"the ROI covers %s..%s only, the %d of the period's %d days so far that the strategy %s covers",
					from, to, overlap, elapsed, strategyPeriod));
		}

		Map<BudgetCategory, Double> byCategory = new EnumMap<>(BudgetCategory.class);
		Set<String> currencies = new LinkedHashSet<>();
		for (BudgetLine line : strategy.getBudgetLines()) {
			BudgetCategory category = line.getCategory() == null ? BudgetCategory.STAFF : line.getCategory();
			String currency = line.getCurrency() == null ? "" : line.getCurrency();
			if (Double.isNaN(line.getActual())) {
				assumptions.add(category.getLiteral() + ": no actual amount, left out of the investment");
				continue;
			}
			double amount = line.getActual() * share;
			byCategory.merge(category, amount, Double::sum);
			if (!currency.isEmpty()) {
				currencies.add(currency);
			}
			assumptions.add(String.format(Locale.ROOT, "%s: actual %.2f%s × %d/%d days = %.2f", category.getLiteral(),
					line.getActual(), currency.isEmpty() ? "" : " " + currency, overlap, strategyDays, amount));
		}
		if (currencies.size() > 1) {
			assumptions.add("budget lines in several currencies (" + String.join(", ", currencies)
					+ ") are added without conversion");
		}
		Map<String, Double> investmentByCategory = new LinkedHashMap<>();
		double investment = 0;
		for (Map.Entry<BudgetCategory, Double> entry : byCategory.entrySet()) {
			investmentByCategory.put(entry.getKey().getLiteral(), entry.getValue());
			investment += entry.getValue();
		}

		double softValue = 0;
		for (SoftValue soft : strategy.getSoftValues()) {
			if (Double.isNaN(soft.getAmount())) {
				// As for a budget line without an actual: listed, not guessed; leaving it out understates the ROI.
				assumptions.add("soft value '" + soft.getLabel() + "': no amount, left out of the value");
				continue;
			}
			double amount = soft.getAmount() * share;
			softValue += amount;
			String assumption = soft.getAssumption() == null || soft.getAssumption().isBlank() ? "none given"
					: soft.getAssumption().strip();
			assumptions.add(String.format(Locale.ROOT, "soft value '%s': %.2f × %d/%d days = %.2f; assumption: %s",
					soft.getLabel(), soft.getAmount(), overlap, strategyDays, amount, assumption));
		}

		double revenue = overlap == 0 ? Double.NaN : revenue(client, from, to);
		if (overlap > 0) {
			assumptions.add("revenue = sum of the " + REVENUE_FIELD + " field over all channels, " + from + " to " + to
					+ ", all of it attributed to social media");
		}

		double value = revenue + softValue;
		String explanation = null;
		if (elapsed == 0) {
			explanation = "the period starts after " + end + ": there is nothing to measure yet";
		} else if (overlap == 0) {
			explanation = "no day of " + period.from() + ".." + end + " lies in the strategy period " + strategyPeriod
					+ ": no budget to measure against";
		} else if (investment == 0) {
			explanation = "no investment in the period (no budget lines with actual amounts in it): the ROI is"
					+ " undefined";
		} else if (Double.isNaN(revenue)) {
			explanation = "no revenue data in the period: the ROI is not computed (missing revenue is not counted"
					+ " as 0)";
		}
		double roi = explanation != null ? Double.NaN : (value - investment) / investment;
		double minus = explanation != null ? Double.NaN
				: (revenue + softValue * (1 - SOFT_VALUE_SENSITIVITY) - investment) / investment;
		double plus = explanation != null ? Double.NaN
				: (revenue + softValue * (1 + SOFT_VALUE_SENSITIVITY) - investment) / investment;
		return new Roi(investment, investmentByCategory, revenue, softValue, value, roi, minus, plus, explanation,
				assumptions);
	}

	/**
	 * The sum of the revenue field over all the client's channels from {@code from} to {@code to}, read from the
	 * series directly (revenue is a plain sum, no metric needed); NaN when no channel has a value in the range.
	 */
	static double revenue(Client client, LocalDate from, LocalDate to) {
		double sum = 0;
		boolean any = false;
		for (ChannelAccount channel : client.getChannels()) {
			for (MeasurementSeries series : channel.getSeries()) {
				if (!REVENUE_FIELD.equals(series.getField()) || series.getStart() == null) {
					continue;
				}
				double[] values = series.getValues();
				if (values == null) {
					continue;
				}
				long first = Math.max(0, ChronoUnit.DAYS.between(series.getStart(), from));
				long last = Math.min(values.length - 1L, ChronoUnit.DAYS.between(series.getStart(), to));
				for (long i = first; i <= last; i++) {
					double value = values[(int) i];
					if (!Double.isNaN(value)) {
						sum += value;
						any = true;
					}
				}
			}
		}
		return any ? sum : Double.NaN;
	}

	private static String name(Kpi kpi) {
		return kpi.getName() != null ? kpi.getName() : kpi.getId();
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
