package com.socialyst.core.internal.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.socialyst.model.ChannelAccount;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.SocialystFactory;

/**
 * The daily measurement series of one channel account, generated column-wise: every field's {@code double[]} is
 * filled for all days, then set once ({@code put} per day would copy the array every day).
 * <p>
 * The model, day by day: the audience (followers) is a stock that gains and loses people; organic impressions follow
 * the audience, the day of the week, the season, campaigns and whether anything was posted; paid impressions follow
 * spend. Likes, comments, shares and clicks are drawn from impressions, replies from comments, conversions from
 * clicks and revenue from conversions, so the funnel is consistent: {@code engagements = likes + comments + shares +
 * clicks} (each where the platform has it), {@code reach <= impressions}, {@code replies <= comments}. Counts are
 * integers, money has at most cents.
 * </p>
 */
final class SeriesGenerator {

	/** Canonical field ids, in the order the series are stored. */
	static final String FOLLOWERS = "followers", IMPRESSIONS = "impressions", REACH = "reach", ENGAGEMENTS = "engagements",
			LIKES = "likes", COMMENTS = "comments", SHARES = "shares", CLICKS = "clicks", VIDEO_VIEWS = "video_views", POSTS = "posts",
			REPLIES = "replies", CONVERSIONS = "conversions", REVENUE = "revenue", SPEND = "spend", MENTIONS = "mentions";

	/** Organic impressions on a day without a post, relative to a day with one. */
	private static final double QUIET_DAY = 0.5;

	private SeriesGenerator() {
	}

	/**
	 * Adds the series of {@code plan}'s account to {@code account}.
	 *
	 * @param channel the account's index in the timeline
	 * @param conversionValue revenue per conversion in local currency; NaN = conversions without revenue
	 * @param trackConversions whether the client tracks conversions at all
	 * @param ownMentions the client's mentions on this platform per day
	 */
	static void generate(ChannelAccount account, ChannelPlan plan, int channel, ClientSlot slot, Timeline timeline, LocalDate start,
			int days, boolean trackConversions, double conversionValue, int[] ownMentions, Draw draw) {
		IndustryTraits traits = IndustryTraits.of(slot.industry());
		boolean neverLoses = slot.profile().healthy() && plan.strategised();
		boolean hasReach = !Double.isNaN(plan.reachShare());
		boolean hasVideo = !Double.isNaN(plan.videoRate());
		boolean hasRevenue = trackConversions && !Double.isNaN(conversionValue);

		// Insertion order is storage order; absent fields simply have no array.
		Map<String, double[]> fields = new LinkedHashMap<>();
		double[] followers = column(fields, FOLLOWERS, plan.hasFollowers(), days);
		double[] impressions = column(fields, IMPRESSIONS, true, days);
		double[] reach = column(fields, REACH, hasReach, days);
		double[] engagements = column(fields, ENGAGEMENTS, true, days);
		double[] likes = column(fields, LIKES, plan.hasLikes(), days);
		double[] comments = column(fields, COMMENTS, true, days);
		double[] shares = column(fields, SHARES, true, days);
		double[] clicks = column(fields, CLICKS, true, days);
		double[] videoViews = column(fields, VIDEO_VIEWS, hasVideo, days);
		double[] posts = column(fields, POSTS, true, days);
		double[] replies = column(fields, REPLIES, true, days);
		double[] conversions = column(fields, CONVERSIONS, trackConversions, days);
		double[] revenue = column(fields, REVENUE, hasRevenue, days);
		double[] spend = column(fields, SPEND, plan.paid(), days);
		double[] mentions = column(fields, MENTIONS, plan.hasFollowers(), days);

		double audience = plan.audience();
		LocalDate date = start;
		for (int day = 0; day < days; day++, date = date.plusDays(1)) {
			double years = day / 365.0;
			double lift = timeline.lift(channel, day);
			double activity = traits.week(date.getDayOfWeek().getValue()) * traits.season(date.getDayOfYear());

			long gained = draw.poisson(audience * plan.growth() / 365 * activity * lift);
			long lost = draw.poisson(audience * plan.churn() / 365);
			// A looked-after account of a healthy client does not shrink: unfollows are outweighed every day.
			audience = Math.max(0, neverLoses ? audience + Math.max(0, gained - lost) : audience + gained - lost);

			long posted = timeline.paused(day) ? 0
					: draw.poisson(plan.postsPerWeek() / 7 * traits.week(date.getDayOfWeek().getValue()) * (1 + 0.5 * (lift - 1)));
			double organic = audience * plan.impressionsPerFollower() * StrictMath.exp(plan.organicTrend() * years) * activity * lift
					* (posted > 0 ? 1 : QUIET_DAY) * draw.noise(0.15);
			// Spend is planned backwards from the budget of the last year, hence the trend measured from the end.
			double spent = plan.paid()
					? cents(plan.dailySpend() * StrictMath.exp(plan.spendTrend() * (day - days + 1) / 365.0) * (1 + 0.8 * (lift - 1))
							* draw.noise(0.1))
					: 0;
			double shown = Math.round(organic + (plan.paid() ? spent / plan.costPerMille() * 1000 : 0));
			long reactions = draw.poisson(shown * plan.reactionRate() * StrictMath.exp(plan.reactionTrend() * years) * (lift > 1 ? 1.1 : 1));
			long commented = draw.poisson(reactions * plan.commentsPerReaction());
			long shared = draw.poisson(reactions * plan.sharesPerReaction() * (lift > 1 ? 1.3 : 1));
			long clicked = draw.poisson(shown * plan.clickRate() * (1 + 0.3 * (lift - 1)));
			long replied = Math.min(commented, draw.poisson(commented * plan.replyRate()));

			if (followers != null) {
				followers[day] = audience;
			}
			impressions[day] = shown;
			if (reach != null) {
				reach[day] = Math.min(shown, Math.round(shown * plan.reachShare() * draw.noise(0.05)));
			}
			if (likes != null) {
				likes[day] = reactions;
			}
			comments[day] = commented;
			shares[day] = shared;
			clicks[day] = clicked;
			engagements[day] = (likes != null ? reactions : 0) + commented + shared + clicked;
			if (videoViews != null) {
				videoViews[day] = draw.poisson(shown * plan.videoRate());
			}
			posts[day] = posted;
			replies[day] = replied;
			if (conversions != null) {
				long converted = draw.poisson(clicked * plan.conversionRate() * StrictMath.exp(plan.conversionTrend() * years));
				conversions[day] = converted;
				if (revenue != null) {
					revenue[day] = converted == 0 ? 0 : cents(converted * conversionValue * draw.noise(0.25));
				}
			}
			if (spend != null) {
				spend[day] = spent;
			}
			if (mentions != null) {
				mentions[day] = ownMentions[day];
			}
		}
		for (Map.Entry<String, double[]> field : fields.entrySet()) {
			MeasurementSeries series = SocialystFactory.eINSTANCE.createMeasurementSeries();
			series.setField(field.getKey());
			series.setStart(start);
			series.setValues(field.getValue());
			account.getSeries().add(series);
		}
	}

	/** A new array for {@code field} registered in {@code fields}, or null when the account does not have the field. */
	private static double[] column(Map<String, double[]> fields, String field, boolean present, int days) {
		if (!present) {
			return null;
		}
		double[] values = new double[days];
		fields.put(field, values);
		return values;
	}

	/** Rounded to cents; {@code Math.round(x * 100) / 100.0} is exactly what the array codec stores with scale 2. */
	static double cents(double amount) {
		return Math.round(amount * 100) / 100.0;
	}
}
