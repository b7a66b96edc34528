package com.socialyst.core.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;

import com.socialyst.model.AuthorType;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Platform;
import com.socialyst.model.Sentiment;
import com.socialyst.model.SocialystFactory;

/**
 * The listening mentions of a demo client: of the client itself and of its two or three competitors, day by day.
 * Healthy clients win share of voice and are liked; weak ones lose share to competitors and draw more negative
 * mentions; campaigns bring mentions, a crisis brings a burst of negative ones about one topic. Employees speak
 * about healthy clients (advocacy) and hardly at all where social is confined to marketing.
 */
final class MentionGenerator {

	/** Mentions per day of the client at the start of the data, by {@code ClientSize} value. */
	private static final double[] OWN_PER_DAY = { 1.2, 4, 10 };

	/** Share of mentions by the platform's rank in the industry's preferences; the last entry is {@code OTHER} (news, forums). */
	private static final double[] PLATFORM_BY_RANK = { 0.3, 0.22, 0.16, 0.12, 0.08, 0.05, 0.04, 0.03, 0.1 };

	/** Median potential reach by author type, in {@link AuthorType} value order. */
	private static final double[] MEDIAN_REACH = { 250, 4_000, 50_000, 700, 8_000, 120_000 };

	private static final double UNKNOWN_REACH = 0.04;

	private static final double NO_COUNTRY = 0.05;

	private MentionGenerator() {
	}

	/**
	 * Generates the mention log and counts the client's own mentions per platform and day into
	 * {@code ownByPlatform[platform value][day]}, from which the channels' {@code mentions} series are made.
	 */
	static MentionLog generate(ClientSlot slot, Names.Identity identity, Timeline timeline, LocalDate start, int days, Draw draw,
			int[][] ownByPlatform) {
		IndustryTraits traits = IndustryTraits.of(slot.industry());
		ClientProfile profile = slot.profile();
		boolean healthy = profile.healthy();
		List<String> brands = new ArrayList<>();
		brands.add(identity.name());
		brands.addAll(identity.competitors());

		double[] base = new double[brands.size()];
		double[] trend = new double[brands.size()];
		base[0] = OWN_PER_DAY[slot.size().getValue()] * draw.noise(0.2);
		trend[0] = healthy ? 0.3 : -0.1;
		for (int b = 1; b < brands.size(); b++) {
			base[b] = base[0] * draw.uniform(0.6, 1.4);
			trend[b] = healthy ? draw.uniform(0, 0.1) : draw.uniform(0.1, 0.2);
		}
		List<Platform> platforms = new ArrayList<>(traits.platforms);
		platforms.add(Platform.OTHER);
		double employees = profile.has(ClientProfile.Cause.MARKETING_ONLY) ? 0.01 : healthy ? 0.10 : 0.05;
		double[] ownAuthors = { 0.62, 0.08, 0.06, employees, 0.02, 0.06 };
		double[] otherAuthors = { 0.62, 0.08, 0.06, 0.05, 0.02, 0.06 };
		double[] ownSentiment = healthy ? new double[] { 0.42, 0.40, 0.13, 0.05 } : new double[] { 0.26, 0.42, 0.27, 0.05 };
		double[] otherSentiment = { 0.33, 0.42, 0.20, 0.05 };
		double[] crisisSentiment = { 0.08, 0.27, 0.60, 0.05 };
		double[] countryWeights = new double[slot.market().mentionCountries.size()];
		countryWeights[0] = 0.8;
		for (int c = 1; c < countryWeights.length; c++) {
			countryWeights[c] = 0.2 / (countryWeights.length - 1);
		}

		List<Mention> mentions = new ArrayList<>();
		LocalDate date = start;
		for (int day = 0; day < days; day++, date = date.plusDays(1)) {
			double years = day / 365.0;
			double activity = traits.week(date.getDayOfWeek().getValue()) * traits.season(date.getDayOfYear());
			boolean crisis = timeline.crisis(day);
			for (int b = 0; b < brands.size(); b++) {
				boolean own = b == 0;
				double mean = base[b] * activity * StrictMath.exp(trend[b] * years);
				if (own) {
					mean *= timeline.buzz(day) * (crisis ? 3 : 1);
				}
				long count = draw.poisson(mean);
				for (long m = 0; m < count; m++) {
					Platform platform = platforms.get(draw.weighted(PLATFORM_BY_RANK));
					AuthorType author = AuthorType.get(draw.weighted(own ? ownAuthors : otherAuthors));
					double[] sentiments = own && crisis ? crisisSentiment : own ? ownSentiment : otherSentiment;
					Sentiment sentiment = Sentiment.get(draw.weighted(sentiments));
					String topic = own && crisis && draw.chance(0.6) ? timeline.crisisTopic() : draw.pick(traits.topics);
					String country = draw.chance(NO_COUNTRY) ? null
							: slot.market().mentionCountries.get(draw.weighted(countryWeights));
					double reach = draw.chance(UNKNOWN_REACH) ? Double.NaN
							: Math.max(1, Math.round(MEDIAN_REACH[author.getValue()] * draw.noise(1.0)));
					mentions.add(new Mention(date, platform, author, sentiment, topic, country, reach, brands.get(b)));
					if (own) {
						ownByPlatform[platform.getValue()][day]++;
					}
				}
			}
		}
		MentionLog log = SocialystFactory.eINSTANCE.createMentionLog();
		// Filling the tables first fixes their order: the client first, then its competitors.
		log.getBrandTable().addAll(brands);
		log.getTopicTable().addAll(traits.topics);
		log.getCountryTable().addAll(slot.market().mentionCountries);
		log.addAll(ECollections.asEList(mentions));
		return log;
	}
}
