package com.socialyst.core.internal.demo;

import java.util.ArrayList;
import java.util.List;

import com.socialyst.model.ClientSize;
import com.socialyst.model.Platform;

/**
 * One channel account of a demo client and the parameters of its daily model (see {@link SeriesGenerator}). Rates
 * are per day and per impression unless said otherwise; trends are continuous yearly rates ({@code exp(trend · years)}),
 * so healthy clients get positive trends and weak ones flat or negative.
 *
 * @param strategised whether the account is in the strategy's channels (false only for the "no strategy for some
 *        channels" cause)
 * @param paid whether paid media runs on it (it then has a {@code spend} series)
 * @param audience followers at the start of the data; for the blog, its daily page views (it has no followers)
 * @param growth yearly share of the audience gained, before churn
 * @param churn yearly share of the audience lost
 * @param impressionsPerFollower organic impressions per follower and day
 * @param organicTrend yearly trend of organic reach
 * @param reactionRate likes (or, on the blog, reactions of any kind) per impression
 * @param reactionTrend yearly trend of the reaction rate
 * @param commentsPerReaction comments per reaction
 * @param sharesPerReaction shares per reaction
 * @param clickRate link clicks per impression
 * @param replyRate the brand's replies per audience comment
 * @param videoRate video views per impression; NaN = no video on this platform
 * @param reachShare reach per impression; NaN = the platform does not report reach
 * @param postsPerWeek how often the client posts
 * @param dailySpend paid spend per day at the end of the data, local currency
 * @param spendTrend yearly trend of spend
 * @param costPerMille paid cost of 1,000 impressions, local currency
 * @param conversionRate conversions per click at the start of the data
 * @param conversionTrend yearly trend of the conversion rate
 */
record ChannelPlan(Platform platform, String handle, boolean strategised, boolean paid, double audience, double growth, double churn,
		double impressionsPerFollower, double organicTrend, double reactionRate, double reactionTrend, double commentsPerReaction,
		double sharesPerReaction, double clickRate, double replyRate, double videoRate, double reachShare, double postsPerWeek,
		double dailySpend, double spendTrend, double costPerMille, double conversionRate, double conversionTrend) {

	/** Platform constants, in {@link Platform} value order: typical organic reach, engagement and paid costs. */
	private record PlatformNorms(double impressionsPerFollower, double reactionRate, double clickRate, double videoRate, double reachShare,
			double postsPerWeek, double euroCostPerMille) {
	}

	private static final List<PlatformNorms> NORMS = List.of(
			new PlatformNorms(0.05, 0.012, 0.006, Double.NaN, 0.70, 5, 7), // facebook
			new PlatformNorms(0.09, 0.030, 0.003, 0.30, 0.60, 6, 8), // instagram
			new PlatformNorms(0.18, 0.006, 0.005, Double.NaN, Double.NaN, 12, 5), // x: no reach figure
			new PlatformNorms(0.07, 0.010, 0.008, Double.NaN, 0.65, 4, 28), // linkedin
			new PlatformNorms(0.35, 0.010, 0.004, 0.55, 0.50, 1, 10), // youtube
			new PlatformNorms(0.50, 0.040, 0.002, 0.75, 0.70, 5, 6), // tiktok
			new PlatformNorms(0.30, 0.004, 0.012, Double.NaN, 0.55, 10, 4), // pinterest
			new PlatformNorms(1.00, 0.010, 0.030, Double.NaN, 0.72, 1.5, 0)); // blog: audience = daily page views

	/** Audience of the platform a client likes best, by size; the others get less (see {@link #RANK_SHARE}). */
	private static final double[][] AUDIENCE = { { 1_500, 6_000 }, { 12_000, 60_000 }, { 120_000, 500_000 } };

	private static final double[] RANK_SHARE = { 1.0, 0.7, 0.45, 0.3, 0.22, 0.16, 0.12, 0.1 };

	/** Daily page views of a blog per follower of the client's best platform. */
	private static final double BLOG_VIEWS_PER_FOLLOWER = 0.02;

	/**
	 * The channel accounts of a client: the platforms its industry prefers, a few swapped for variety, as many as
	 * its size warrants. For {@link ClientProfile.Cause#UNSTRATEGISED_CHANNELS} the strategy covers the first three
	 * and the rest were opened without a plan: they get little attention and no paid media.
	 *
	 * @param scale how big the client is within its size class, from 0 to 1
	 * @param paidBudget the yearly paid-media budget in local currency, spread over the paid channels
	 * @param fixedCount how many accounts every client gets (benchmarks want a known size); 0 = as the client's
	 *        size and profile warrant
	 */
	static List<ChannelPlan> plan(ClientSlot slot, double scale, String clientId, double paidBudget, int fixedCount,
			Draw draw) {
		IndustryTraits traits = IndustryTraits.of(slot.industry());
		ClientProfile profile = slot.profile();
		boolean healthy = profile.healthy();
		List<Platform> platforms = new ArrayList<>(traits.platforms);
		for (int i = 0; i + 1 < platforms.size(); i++) {
			if (draw.chance(0.25)) {
				platforms.set(i, platforms.set(i + 1, platforms.get(i)));
			}
		}
		int count;
		int strategised;
		if (profile.has(ClientProfile.Cause.UNSTRATEGISED_CHANNELS)) {
			strategised = 3;
			count = strategised + draw.between(2, 3);
		} else if (profile.has(ClientProfile.Cause.TINY_BUDGET)) {
			count = strategised = 3;
		} else {
			count = strategised = switch (slot.size()) {
				case SMALL -> 3;
				case MEDIUM -> draw.between(4, 5);
				case ENTERPRISE -> 6;
			};
		}
		if (fixedCount > 0) {
			// keep the profile: a client that plans all its channels still does, one that does not still does not
			strategised = strategised == count ? fixedCount : Math.min(strategised, fixedCount);
			count = fixedCount;
		}
		int payable = (int) platforms.subList(0, strategised).stream().filter(platform -> platform != Platform.BLOG).count();
		int paidCount = profile.has(ClientProfile.Cause.TINY_BUDGET) ? 0
				: Math.min(payable, profile.healthy() ? draw.between(2, 3) : draw.between(1, 2));
		double[] audienceRange = AUDIENCE[slot.size().getValue()];
		double topAudience = (audienceRange[0] + scale * (audienceRange[1] - audienceRange[0])) * draw.noise(0.1);
		double sizePosts = slot.size() == ClientSize.SMALL ? 0.6 : slot.size() == ClientSize.ENTERPRISE ? 1.5 : 1.0;
		// Healthy clients convert better: landing pages and tracking are looked after.
		double conversionRate = (traits.b2b ? draw.uniform(0.006, 0.015) : draw.uniform(0.02, 0.04)) * (healthy ? 1.25 : 1);

		List<ChannelPlan> plans = new ArrayList<>();
		int paidSoFar = 0;
		for (int rank = 0; rank < count; rank++) {
			Platform platform = platforms.get(rank);
			PlatformNorms norms = NORMS.get(platform.getValue());
			boolean inStrategy = rank < strategised;
			// Unplanned channels behave like the weakest: nobody looks after them.
			boolean cared = healthy && inStrategy;
			boolean paid = inStrategy && platform != Platform.BLOG && paidSoFar < paidCount;
			if (paid) {
				paidSoFar++;
			}
			double audience = topAudience * RANK_SHARE[rank] * draw.noise(0.2);
			if (platform == Platform.BLOG) {
				audience = topAudience * BLOG_VIEWS_PER_FOLLOWER * draw.noise(0.2);
			}
			plans.add(new ChannelPlan(platform, Names.handle(clientId, platform), inStrategy, paid, Math.max(50, Math.round(audience)),
					cared ? draw.uniform(0.25, 0.45) : draw.uniform(0.03, 0.09),
					cared ? draw.uniform(0.04, 0.08) : draw.uniform(0.05, 0.10),
					norms.impressionsPerFollower * draw.noise(0.15),
					cared ? draw.uniform(-0.02, 0.08) : draw.uniform(-0.30, -0.12),
					norms.reactionRate * draw.noise(0.15),
					cared ? draw.uniform(0.02, 0.12) : draw.uniform(-0.25, -0.08),
					draw.uniform(0.04, 0.10), draw.uniform(0.02, 0.07), norms.clickRate * draw.noise(0.15),
					cared ? draw.uniform(0.55, 0.9) : inStrategy ? draw.uniform(0.1, 0.35) : draw.uniform(0.0, 0.1),
					norms.videoRate, norms.reachShare,
					norms.postsPerWeek * sizePosts * (inStrategy ? 1 : 0.4) * draw.noise(0.1),
					paid ? paidBudget / 365 / paidCount * draw.uniform(0.9, 1.05) : 0,
					healthy ? draw.uniform(0.10, 0.25) : draw.uniform(-0.10, 0.05),
					norms.euroCostPerMille * slot.market().perEuro * draw.noise(0.1),
					conversionRate * draw.noise(0.1),
					healthy ? draw.uniform(0.25, 0.45) : draw.uniform(-0.10, 0.05)));
		}
		return List.copyOf(plans);
	}

	/** Whether the account reports a follower count (a blog has readers, not followers). */
	boolean hasFollowers() {
		return platform != Platform.BLOG;
	}

	/** Whether the account shows likes (the blog has comments and shares only). */
	boolean hasLikes() {
		return platform != Platform.BLOG;
	}
}
