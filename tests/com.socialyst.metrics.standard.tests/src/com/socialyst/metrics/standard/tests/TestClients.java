package com.socialyst.metrics.standard.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;

import com.socialyst.metrics.testkit.MetricTester;
import com.socialyst.model.AuthorType;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Platform;
import com.socialyst.model.Sentiment;
import com.socialyst.model.SocialystFactory;

/** A client with every field every standard metric reads, three days from {@link MetricTester#DAY_0}. */
final class TestClients {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	private TestClients() {
	}

	static Client busy() {
		Client client = FACTORY.createClient();
		client.setId("busy");
		client.setName("Busy");
		ChannelAccount channel = FACTORY.createChannelAccount();
		channel.setPlatform(Platform.INSTAGRAM);
		channel.setHandle("busy");
		series(channel, "followers", 5_000, 5_100, 5_200);
		series(channel, "impressions", 1_000, 1_000, 1_000);
		series(channel, "reach", 800, 800, 800);
		series(channel, "engagements", 70, 70, 70);
		series(channel, "likes", 50, 50, 50);
		series(channel, "comments", 10, 10, 10);
		series(channel, "shares", 5, 5, 5);
		series(channel, "clicks", 10, 10, 10);
		series(channel, "posts", 2, 2, 2);
		series(channel, "replies", 4, 4, 4);
		series(channel, "conversions", 1, 2, 1);
		series(channel, "revenue", 300, 600, 300);
		series(channel, "spend", 100, 100, 100);
		client.getChannels().add(channel);
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			mentions.add(new Mention(MetricTester.DAY_0.plusDays(i % 3), Platform.X, AuthorType.CUSTOMER,
					i % 2 == 0 ? Sentiment.POSITIVE : Sentiment.NEGATIVE, null, "NL", 100, i < 4 ? "Busy" : "Rival"));
		}
		MentionLog log = FACTORY.createMentionLog();
		log.addAll(new BasicEList<>(mentions));
		client.setMentions(log);
		return client;
	}

	private static void series(ChannelAccount channel, String field, double... values) {
		MeasurementSeries series = FACTORY.createMeasurementSeries();
		series.setField(field);
		series.setStart(LocalDate.from(MetricTester.DAY_0));
		series.setValues(values);
		channel.getSeries().add(series);
	}
}
