package com.socialyst.metrics.listening;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Sentiment;

/**
 * Aggregates a client's listening mentions for reports and the workbench: volume and sentiment trends, share of
 * voice against each named competitor, topics, countries, who is talking, and how often the brand answers. KPIs get
 * the same numbers through the metrics {@code share_of_voice}, {@code net_sentiment}, {@code response_rate} and
 * {@code mention_volume}.
 */
public final class ListeningAnalytics {

	private static final int TOP = 10;

	private ListeningAnalytics() {
	}

	public static ListeningSummary summarize(Client client, LocalDate from, LocalDate to) {
		String clientName = client.getName() == null ? "" : client.getName();
		Map<String, Long> volume = new TreeMap<>();
		Map<String, long[]> polarity = new TreeMap<>(); // month → {positive, negative}
		Map<String, Long> brands = new HashMap<>();
		Map<String, Long> topics = new HashMap<>();
		Map<String, Long> countries = new HashMap<>();
		Map<String, Long> authors = new HashMap<>();
		long own = 0;
		long competitors = 0;
		long positive = 0;
		long negative = 0;
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			volume.put(month.toString(), 0L);
			polarity.put(month.toString(), new long[2]);
		}
		MentionLog log = client.getMentions();
		int size = log == null ? 0 : log.size();
		for (int i = 0; i < size; i++) {
			Mention mention = log.get(i);
			if (mention.date().isBefore(from) || mention.date().isAfter(to)) {
				continue;
			}
			boolean isOwn = mention.brand() == null || mention.brand().equalsIgnoreCase(clientName);
			brands.merge(isOwn ? clientName : mention.brand(), 1L, Long::sum);
			if (!isOwn) {
				competitors++;
				continue;
			}
			own++;
			String month = YearMonth.from(mention.date()).toString();
			volume.merge(month, 1L, Long::sum);
			if (mention.sentiment() == Sentiment.POSITIVE) {
				positive++;
				polarity.get(month)[0]++;
			} else if (mention.sentiment() == Sentiment.NEGATIVE) {
				negative++;
				polarity.get(month)[1]++;
			}
			count(topics, mention.topic());
			count(countries, mention.country());
			count(authors, mention.authorType() == null ? null : mention.authorType().getLiteral());
		}
		Map<String, Double> sentimentByMonth = new LinkedHashMap<>();
		polarity.forEach((month, counts) -> sentimentByMonth.put(month, net(counts[0], counts[1])));
		long all = own + competitors;
		Map<String, Double> shares = new LinkedHashMap<>();
		sorted(brands, Integer.MAX_VALUE).forEach((brand, count) -> shares.put(brand, (double) count / all));
		return new ListeningSummary(from, to, own, competitors, volume, sentimentByMonth, net(positive, negative),
				all == 0 ? Double.NaN : (double) own / all, shares, sorted(topics, TOP), sorted(countries, Integer.MAX_VALUE),
				sorted(authors, Integer.MAX_VALUE), responseRate(client, from, to));
	}

	private static void count(Map<String, Long> counts, String key) {
		if (key != null && !key.isBlank()) {
			counts.merge(key, 1L, Long::sum);
		}
	}

	private static double net(long positive, long negative) {
		return positive + negative == 0 ? Double.NaN : (double) (positive - negative) / (positive + negative);
	}

	/** Largest count first, ties by name, at most {@code limit}. */
	private static Map<String, Long> sorted(Map<String, Long> counts, int limit) {
		Map<String, Long> result = new LinkedHashMap<>();
		counts.entrySet().stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(limit).forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	private static double responseRate(Client client, LocalDate from, LocalDate to) {
		double replies = 0;
		double comments = 0;
		boolean anyReplies = false;
		for (ChannelAccount channel : client.getChannels()) {
			for (MeasurementSeries series : channel.getSeries()) {
				boolean isReplies = "replies".equals(series.getField());
				if (!isReplies && !"comments".equals(series.getField())) {
					continue;
				}
				for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
					double value = series.valueAt(day);
					if (!Double.isNaN(value)) {
						if (isReplies) {
							replies += value;
							anyReplies = true;
						} else {
							comments += value;
						}
					}
				}
			}
		}
		return anyReplies && comments > 0 ? replies / comments : Double.NaN;
	}
}
