package com.socialyst.core.internal.demo;

import static com.socialyst.core.internal.demo.SeriesGenerator.CLICKS;
import static com.socialyst.core.internal.demo.SeriesGenerator.COMMENTS;
import static com.socialyst.core.internal.demo.SeriesGenerator.CONVERSIONS;
import static com.socialyst.core.internal.demo.SeriesGenerator.ENGAGEMENTS;
import static com.socialyst.core.internal.demo.SeriesGenerator.FOLLOWERS;
import static com.socialyst.core.internal.demo.SeriesGenerator.IMPRESSIONS;
import static com.socialyst.core.internal.demo.SeriesGenerator.LIKES;
import static com.socialyst.core.internal.demo.SeriesGenerator.POSTS;
import static com.socialyst.core.internal.demo.SeriesGenerator.REACH;
import static com.socialyst.core.internal.demo.SeriesGenerator.REPLIES;
import static com.socialyst.core.internal.demo.SeriesGenerator.REVENUE;
import static com.socialyst.core.internal.demo.SeriesGenerator.SHARES;
import static com.socialyst.core.internal.demo.SeriesGenerator.SPEND;

import java.util.List;

import com.socialyst.model.ChannelAccount;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Sentiment;

/**
 * Metric values over a window of days of the generated data, so that KPI baselines and targets fit the data they will
 * be measured on: a healthy client's targets are reached, a weak client's are not.
 * <p>
 * These are simple textbook definitions, good enough to place baselines; the real metrics are the metrics engine's,
 * and may differ in detail. Ratios sum numerator and denominator over the channels that have both fields, so a
 * platform without a field does not dilute the ratio. A value that cannot be computed (nothing to divide by) is NaN.
 * </p>
 */
final class Measures {

	/** Days in the evaluation period used to express follower growth (a quarter). */
	static final double QUARTER_DAYS = 91.25;

	private final List<ChannelAccount> channels;

	private final MentionLog mentions;

	private final int startEpochDay;

	private final double otherCostPerDay;

	/**
	 * @param channels the channels measured
	 * @param mentions the client's mention log (its first brand is the client)
	 * @param startEpochDay the epoch day of day index 0
	 * @param otherCostPerDay social-media cost per day beyond paid spend (staff, tools…), for acquisition cost and ROI
	 */
	Measures(List<ChannelAccount> channels, MentionLog mentions, int startEpochDay, double otherCostPerDay) {
		this.channels = channels;
		this.mentions = mentions;
		this.startEpochDay = startEpochDay;
		this.otherCostPerDay = otherCostPerDay;
	}

	/** The value of {@code metricId} over day indexes {@code from..to} (inclusive); NaN when it cannot be computed. */
	double value(String metricId, int from, int to) {
		return switch (metricId) {
			case "engagement_rate_by_impressions" -> ratio(ENGAGEMENTS, IMPRESSIONS, from, to);
			case "engagement_rate_by_reach" -> ratio(ENGAGEMENTS, REACH, from, to);
			case "engagement_rate_by_followers" -> ratio(ENGAGEMENTS, POSTS, from, to) / followers((from + to) / 2);
			case "conversation_rate" -> ratio(COMMENTS, POSTS, from, to);
			case "amplification_rate" -> ratio(SHARES, POSTS, from, to);
			case "applause_rate" -> ratio(LIKES, POSTS, from, to);
			case "virality_rate" -> ratio(SHARES, IMPRESSIONS, from, to);
			case "follower_growth_rate" -> StrictMath.pow(followers(to) / followers(from), QUARTER_DAYS / Math.max(1, to - from)) - 1;
			case "ctr" -> ratio(CLICKS, IMPRESSIONS, from, to);
			case "conversion_rate" -> ratio(CONVERSIONS, CLICKS, from, to);
			case "cost_per_acquisition" -> ratio(SPEND, CONVERSIONS, from, to);
			case "customer_acquisition_cost" -> cost(from, to) / sum(CONVERSIONS, from, to);
			case "share_of_voice" -> share(from, to);
			case "net_sentiment" -> netSentiment(from, to);
			case "response_rate", "reply_share" -> ratio(REPLIES, COMMENTS, from, to);
			case "social_roi" -> (sum(REVENUE, from, to) - cost(from, to)) / cost(from, to);
			case "cost_per_click" -> ratio(SPEND, CLICKS, from, to);
			case "revenue_per_post" -> ratio(REVENUE, POSTS, from, to);
			default -> throw new IllegalArgumentException("no demo measure for metric " + metricId);
		};
	}

	/** Σ numerator / Σ denominator over the channels that have both fields. */
	private double ratio(String numerator, String denominator, int from, int to) {
		double top = 0;
		double bottom = 0;
		for (ChannelAccount channel : channels) {
			double[] over = values(channel, numerator);
			double[] under = values(channel, denominator);
			if (over != null && under != null) {
				top += sum(over, from, to);
				bottom += sum(under, from, to);
			}
		}
		return bottom > 0 ? top / bottom : Double.NaN;
	}

	private double sum(String field, int from, int to) {
		double total = 0;
		for (ChannelAccount channel : channels) {
			double[] values = values(channel, field);
			if (values != null) {
				total += sum(values, from, to);
			}
		}
		return total;
	}

	private static double sum(double[] values, int from, int to) {
		double total = 0;
		for (int day = from; day <= to; day++) {
			total += values[day];
		}
		return total;
	}

	/** Followers of all measured channels on {@code day}; NaN when none has followers. */
	private double followers(int day) {
		double total = 0;
		for (ChannelAccount channel : channels) {
			double[] values = values(channel, FOLLOWERS);
			if (values != null) {
				total += values[day];
			}
		}
		return total > 0 ? total : Double.NaN;
	}

	/** Everything social cost over the window: paid spend plus the rest of the budget, spread evenly. */
	private double cost(int from, int to) {
		return sum(SPEND, from, to) + otherCostPerDay * (to - from + 1);
	}

	/** The client's share of all mentions, its own and its competitors'. */
	private double share(int from, int to) {
		int own = 0;
		int all = 0;
		int[] dates = mentions.getDates();
		int[] brands = mentions.getBrands();
		for (int i = 0; i < mentions.size(); i++) {
			int day = dates[i] - startEpochDay;
			if (day >= from && day <= to) {
				all++;
				own += brands[i] == 0 ? 1 : 0;
			}
		}
		return all > 0 ? (double) own / all : Double.NaN;
	}

	/** (positive − negative) / (positive + negative) over the client's own mentions. */
	private double netSentiment(int from, int to) {
		int positive = 0;
		int negative = 0;
		int[] dates = mentions.getDates();
		int[] brands = mentions.getBrands();
		byte[] sentiments = mentions.getSentiments();
		for (int i = 0; i < mentions.size(); i++) {
			int day = dates[i] - startEpochDay;
			if (day >= from && day <= to && brands[i] == 0) {
				positive += sentiments[i] == Sentiment.POSITIVE_VALUE ? 1 : 0;
				negative += sentiments[i] == Sentiment.NEGATIVE_VALUE ? 1 : 0;
			}
		}
		return positive + negative > 0 ? (double) (positive - negative) / (positive + negative) : Double.NaN;
	}

	private static double[] values(ChannelAccount channel, String field) {
		for (MeasurementSeries series : channel.getSeries()) {
			if (field.equals(series.getField())) {
				return series.getValues();
			}
		}
		return null;
	}
}
