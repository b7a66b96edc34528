package com.socialyst.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicEList;
import org.junit.jupiter.api.Test;

import com.socialyst.metrics.listening.ListeningAnalytics;
import com.socialyst.metrics.listening.ListeningSummary;
import com.socialyst.model.AuthorType;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Platform;
import com.socialyst.model.Sentiment;
import com.socialyst.model.SocialystFactory;

/** Listening aggregates on ten hand-written mentions. */
class ListeningAnalyticsTest {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	@Test
	void trendsSharesTopicsAndResponseRate() {
		ListeningSummary summary = ListeningAnalytics.summarize(client(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31));
		// own: 4 in July, 3 in August (the June one is outside); competitors: GreenThumb 2, Rival 1
		assertEquals(7, summary.own());
		assertEquals(3, summary.competitors());
		assertEquals(Map.of("2026-07", 4L, "2026-08", 3L), summary.volumeByMonth());
		// July: 3 positive, 1 negative → 0.5; August: 0 positive, 2 negative, 1 neutral → −1
		assertEquals(0.5, summary.netSentimentByMonth().get("2026-07"), 1e-12);
		assertEquals(-1, summary.netSentimentByMonth().get("2026-08"), 1e-12);
		// period: 3 positive, 3 negative → 0
		assertEquals(0, summary.netSentiment(), 1e-12);
		assertEquals(0.7, summary.shareOfVoice(), 1e-12);
		assertEquals(List.of("Acme", "GreenThumb", "Rival"), new ArrayList<>(summary.shareByBrand().keySet()));
		assertEquals(0.2, summary.shareByBrand().get("GreenThumb"), 1e-12);
		assertEquals(List.of("delivery", "prices"), new ArrayList<>(summary.topTopics().keySet()));
		assertEquals(4L, summary.topTopics().get("delivery")); // 1, 2, 4 July and 1 August
		assertEquals(Map.of("customer", 4L, "influencer", 2L), summary.authorTypes()); // the Belgian one has no author type
		assertEquals(Map.of("NL", 6L, "BE", 1L), summary.countries());
		// replies 6 over comments 8 in the period
		assertEquals(0.75, summary.responseRate(), 1e-12);
	}

	@Test
	void withoutMentionsNothingIsInvented() {
		Client client = FACTORY.createClient();
		client.setName("Empty");
		ListeningSummary summary = ListeningAnalytics.summarize(client, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
		assertEquals(0, summary.own());
		assertTrue(Double.isNaN(summary.shareOfVoice()));
		assertTrue(Double.isNaN(summary.netSentiment()));
		assertTrue(Double.isNaN(summary.responseRate()));
		assertEquals(Map.of("2026-07", 0L), summary.volumeByMonth());
	}

	private static Client client() {
		Client client = FACTORY.createClient();
		client.setId("acme");
		client.setName("Acme");
		List<Mention> mentions = new ArrayList<>();
		mentions.add(mention(6, 30, Sentiment.POSITIVE, null, "delivery", AuthorType.CUSTOMER)); // before the period
		mentions.add(mention(7, 1, Sentiment.POSITIVE, null, "delivery", AuthorType.CUSTOMER));
		mentions.add(mention(7, 2, Sentiment.POSITIVE, "Acme", "delivery", AuthorType.INFLUENCER));
		mentions.add(mention(7, 3, Sentiment.POSITIVE, null, "prices", AuthorType.CUSTOMER));
		mentions.add(mention(7, 4, Sentiment.NEGATIVE, null, "delivery", AuthorType.CUSTOMER));
		mentions.add(mention(8, 1, Sentiment.NEGATIVE, null, "delivery", AuthorType.CUSTOMER));
		mentions.add(mention(8, 2, Sentiment.NEGATIVE, null, "prices", AuthorType.INFLUENCER));
		Mention belgian = new Mention(LocalDate.of(2026, 8, 3), Platform.X, null, Sentiment.NEUTRAL, null, "BE", 10, null);
		mentions.add(belgian);
		mentions.add(mention(8, 4, Sentiment.POSITIVE, "GreenThumb", "prices", AuthorType.COMPETITOR));
		mentions.add(mention(8, 5, Sentiment.POSITIVE, "GreenThumb", "prices", AuthorType.COMPETITOR));
		mentions.add(mention(8, 6, Sentiment.NEGATIVE, "Rival", "delivery", AuthorType.MEDIA));
		MentionLog log = FACTORY.createMentionLog();
		log.addAll(new BasicEList<>(mentions));
		client.setMentions(log);
		ChannelAccount channel = FACTORY.createChannelAccount();
		channel.setPlatform(Platform.FACEBOOK);
		channel.setHandle("acme");
		channel.getSeries().add(series("comments", 5, 3));
		channel.getSeries().add(series("replies", 4, 2));
		client.getChannels().add(channel);
		return client;
	}

	private static Mention mention(int month, int day, Sentiment sentiment, String brand, String topic, AuthorType author) {
		return new Mention(LocalDate.of(2026, month, day), Platform.X, author, sentiment, topic, "NL", 100, brand);
	}

	private static MeasurementSeries series(String field, double... values) {
		MeasurementSeries series = FACTORY.createMeasurementSeries();
		series.setField(field);
		series.setStart(LocalDate.of(2026, 7, 15));
		series.setValues(values);
		return series;
	}
}
