package com.socialyst.core.internal.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import com.socialyst.model.BusinessGoal;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Direction;
import com.socialyst.model.GoalKind;
import com.socialyst.model.Kpi;
import com.socialyst.model.KpiKind;
import com.socialyst.model.KpiParameter;
import com.socialyst.model.MentionLog;
import com.socialyst.model.PeriodKind;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.Strategy;

/**
 * The KPIs of a demo strategy: which metrics a client of its profile would pick, and baselines, targets and
 * amber/red thresholds that fit the data. The baseline is the metric over the year before the strategy period (or
 * the first third of shorter data), measured by {@link Measures}; a healthy client's target lies between baseline
 * and what it then achieved, a weak client's is an ambitious step it does not reach.
 * <p>
 * Thresholds follow the usual traffic light: for higher-is-better, {@code red < amber <= target}; for
 * lower-is-better the other way round. Values are rounded to four significant digits, which keeps their order.
 * </p>
 */
final class KpiPlanner {

	/** A KPI a client may pick; {@code goals} are the business goals it serves, best match first. */
	private record Template(String metricId, String name, KpiKind kind, Direction direction, PeriodKind period, List<GoalKind> goals) {
	}

	/** A chosen KPI: its template, weight among the KPIs of its kind, and the channel measured (null = the strategy's). */
	private record Pick(Template template, double weight, ChannelAccount channel) {
	}

	private static final List<GoalKind> COMMERCIAL = List.of(GoalKind.SALES, GoalKind.LEADS_CONVERSIONS, GoalKind.TRAFFIC);

	private static final List<GoalKind> SOCIAL = List.of(GoalKind.ENGAGEMENT, GoalKind.AWARENESS);

	private static final Template CONVERSION_RATE = hard("conversion_rate", "Conversion rate from social", Direction.HIGHER_IS_BETTER,
			PeriodKind.QUARTER, COMMERCIAL);
	private static final Template SOCIAL_ROI = hard("social_roi", "Social media ROI", Direction.HIGHER_IS_BETTER, PeriodKind.YEAR,
			COMMERCIAL);
	private static final Template COST_PER_ACQUISITION = hard("cost_per_acquisition", "Cost per acquisition", Direction.LOWER_IS_BETTER,
			PeriodKind.QUARTER, COMMERCIAL);
	private static final Template ACQUISITION_COST = hard("customer_acquisition_cost", "Customer acquisition cost",
			Direction.LOWER_IS_BETTER, PeriodKind.YEAR, COMMERCIAL);
	private static final Template RESPONSE_RATE_HARD = hard("response_rate", "Response rate to comments", Direction.HIGHER_IS_BETTER,
			PeriodKind.MONTH, List.of(GoalKind.CUSTOMER_CARE));
	private static final Template CTR_HARD = hard("ctr", "Click-through rate", Direction.HIGHER_IS_BETTER, PeriodKind.MONTH,
			List.of(GoalKind.TRAFFIC, GoalKind.DIGITAL_TRANSFORMATION, GoalKind.AWARENESS));
	private static final Template ENGAGEMENT_IMPRESSIONS = soft("engagement_rate_by_impressions", "Engagement rate (impressions)",
			PeriodKind.MONTH, SOCIAL);
	private static final Template ENGAGEMENT_REACH = soft("engagement_rate_by_reach", "Engagement rate (reach)", PeriodKind.MONTH, SOCIAL);
	private static final Template ENGAGEMENT_FOLLOWERS = soft("engagement_rate_by_followers", "Engagement rate (followers)",
			PeriodKind.MONTH, SOCIAL);
	private static final Template APPLAUSE = soft("applause_rate", "Applause rate", PeriodKind.MONTH, SOCIAL);
	private static final Template CONVERSATION = soft("conversation_rate", "Conversation rate", PeriodKind.MONTH, SOCIAL);
	private static final Template FOLLOWER_GROWTH = soft("follower_growth_rate", "Follower growth", PeriodKind.QUARTER, SOCIAL);
	private static final Template SHARE_OF_VOICE = soft("share_of_voice", "Share of voice", PeriodKind.QUARTER,
			List.of(GoalKind.AWARENESS));
	private static final Template NET_SENTIMENT = soft("net_sentiment", "Net sentiment", PeriodKind.QUARTER,
			List.of(GoalKind.AWARENESS, GoalKind.CUSTOMER_CARE));
	private static final Template RESPONSE_RATE = soft("response_rate", "Response rate to comments", PeriodKind.MONTH,
			List.of(GoalKind.CUSTOMER_CARE));
	/** A portfolio formula metric ({@link Consultancy#FORMULA_METRICS}), so that demo KPIs use one. */
	private static final Template COST_PER_CLICK = new Template("cost_per_click", "Cost per click", KpiKind.SOFT,
			Direction.LOWER_IS_BETTER, PeriodKind.MONTH, COMMERCIAL);

	private KpiPlanner() {
	}

	private static Template hard(String metricId, String name, Direction direction, PeriodKind period, List<GoalKind> goals) {
		return new Template(metricId, name, KpiKind.HARD, direction, period, goals);
	}

	private static Template soft(String metricId, String name, PeriodKind period, List<GoalKind> goals) {
		return new Template(metricId, name, KpiKind.SOFT, Direction.HIGHER_IS_BETTER, period, goals);
	}

	/**
	 * Adds the KPIs to {@code strategy}, whose goals and channels are set already.
	 *
	 * @param window day indexes {@code {baselineFrom, baselineTo, actualFrom, actualTo}}
	 * @param competitors the competitors' names, a parameter of the share-of-voice KPI
	 */
	static void plan(Strategy strategy, ClientSlot slot, MentionLog mentions, int startEpochDay, double otherCostPerDay, int[] window,
			List<String> competitors, Draw draw) {
		ClientProfile profile = slot.profile();
		List<ChannelAccount> channels = strategy.getChannels();
		boolean spend = has(channels, SeriesGenerator.SPEND);
		boolean revenue = has(channels, SeriesGenerator.REVENUE);
		boolean care = strategy.getGoals().stream().anyMatch(goal -> goal.getKind() == GoalKind.CUSTOMER_CARE);
		ChannelAccount social = channels.stream().filter(channel -> has(List.of(channel), SeriesGenerator.FOLLOWERS)).findFirst()
				.orElse(null);

		List<Pick> picks = new ArrayList<>();
		if (profile.has(ClientProfile.Cause.VANITY_KPIS)) {
			picks.add(new Pick(FOLLOWER_GROWTH, 3.0, social));
			picks.add(new Pick(APPLAUSE, 2.0, null));
			picks.add(new Pick(ENGAGEMENT_FOLLOWERS, 2.0, null));
			picks.add(new Pick(ENGAGEMENT_IMPRESSIONS, 1.0, null));
		} else if (!profile.tracksConversions()) {
			picks.add(new Pick(RESPONSE_RATE_HARD, 2.0, null));
			picks.add(new Pick(CTR_HARD, 1.0, null));
			picks.add(new Pick(ENGAGEMENT_REACH, 2.0, null));
			picks.add(new Pick(SHARE_OF_VOICE, 1.0, null));
			picks.add(new Pick(NET_SENTIMENT, 1.0, null));
			picks.add(new Pick(CONVERSATION, 1.0, null));
		} else {
			picks.add(new Pick(CONVERSION_RATE, 3.0, null));
			if (revenue) {
				picks.add(new Pick(SOCIAL_ROI, 2.0, null));
			}
			picks.add(new Pick(spend ? COST_PER_ACQUISITION : ACQUISITION_COST, 1.0, null));
			picks.add(new Pick(ENGAGEMENT_IMPRESSIONS, 2.0, null));
			picks.add(new Pick(SHARE_OF_VOICE, 1.0, null));
			picks.add(new Pick(care ? RESPONSE_RATE : NET_SENTIMENT, 1.0, null));
			picks.add(new Pick(FOLLOWER_GROWTH, 1.0, social));
			if (spend && profile.healthy()) {
				picks.add(new Pick(COST_PER_CLICK, 1.0, null));
			}
		}

		for (Pick pick : picks) {
			Template template = pick.template();
			ChannelAccount channel = pick.channel();
			if (template == FOLLOWER_GROWTH && channel == null) {
				continue; // no channel with followers to measure
			}
			Measures measures = new Measures(channel == null ? channels : List.of(channel), mentions, startEpochDay, otherCostPerDay);
			Kpi kpi = SocialystFactory.eINSTANCE.createKpi();
			String platform = channel == null ? "" : " on " + Timeline.label(channel.getPlatform());
			kpi.setId(template.metricId().replace('_', '-') + (channel == null ? "" : "-" + channel.getPlatform().getLiteral()));
			kpi.setName(template.name() + platform);
			kpi.setMetricId(template.metricId());
			kpi.setKind(template.kind());
			kpi.setWeight(pick.weight());
			kpi.setDirection(template.direction());
			kpi.setEvaluationPeriod(template.period());
			kpi.setGoal(goal(strategy.getGoals(), template.goals()));
			if (channel != null) {
				kpi.getChannels().add(channel);
			}
			if (template == SHARE_OF_VOICE) {
				KpiParameter parameter = SocialystFactory.eINSTANCE.createKpiParameter();
				parameter.setKey("competitors");
				parameter.setValue(String.join(", ", competitors));
				kpi.getParameters().add(parameter);
			}
			setLevels(kpi, measures.value(template.metricId(), window[0], window[1]), measures.value(template.metricId(), window[2], window[3]),
					profile.healthy(), draw);
			strategy.getKpis().add(kpi);
		}
	}

	/**
	 * Sets baseline, target and thresholds from the measured baseline and the value achieved since. Left unset when
	 * the data cannot give a baseline (e.g. a very short demo): the consultant would fill them in.
	 */
	private static void setLevels(Kpi kpi, double baseline, double achieved, boolean healthy, Draw draw) {
		double step = draw.uniform(0.15, 0.35);
		double share = draw.uniform(0.6, 0.95);
		if (!Double.isFinite(baseline)) {
			return;
		}
		double better = kpi.getDirection() == Direction.HIGHER_IS_BETTER ? 1 : -1;
		double target;
		if (healthy && Double.isFinite(achieved) && better * (achieved - baseline) > 0) {
			target = baseline + share * (achieved - baseline);
		} else if (healthy) {
			target = baseline; // holding the level is a target too
		} else {
			target = baseline + better * step * Math.max(Math.abs(baseline), 1e-4);
		}
		double band = Math.max(Math.abs(target), Math.abs(baseline));
		kpi.setBaseline(significant(baseline));
		kpi.setTarget(significant(target));
		kpi.setAmberThreshold(significant(target - better * 0.10 * band));
		kpi.setRedThreshold(significant(target - better * 0.25 * band));
	}

	/** {@code value} rounded to four significant digits: a monotonic rounding, so the levels keep their order. */
	private static double significant(double value) {
		return value == 0 ? 0 : new BigDecimal(value).round(new MathContext(4)).doubleValue();
	}

	/** The first goal of a preferred kind, else the strategy's top goal. */
	private static BusinessGoal goal(List<BusinessGoal> goals, List<GoalKind> preferred) {
		for (GoalKind kind : preferred) {
			for (BusinessGoal goal : goals) {
				if (goal.getKind() == kind) {
					return goal;
				}
			}
		}
		return goals.isEmpty() ? null : goals.get(0);
	}

	private static boolean has(List<ChannelAccount> channels, String field) {
		return channels.stream().flatMap(channel -> channel.getSeries().stream()).anyMatch(series -> field.equals(series.getField()));
	}
}
