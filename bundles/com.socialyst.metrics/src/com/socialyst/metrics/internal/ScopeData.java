package com.socialyst.metrics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.socialyst.metrics.MentionCounts;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Platform;
import com.socialyst.model.Sentiment;

/**
 * The series of one client's channels in scope, by field, as plain arrays: what every {@link SeriesInput} sums
 * over. Built once per client and scope; sums are simple loops over the arrays, which is what makes evaluating a
 * thousand clients fast.
 */
final class ScopeData {

	/** One series: its values and the epoch day of its first value. */
	record Column(double[] values, long startDay) {
	}

	private final Client client;
	private final Set<Platform> platforms;
	private final boolean allChannels;
	private final Map<String, List<Column>> columns = new HashMap<>();

	ScopeData(Client client, List<ChannelAccount> channels) {
		this.client = client;
		this.allChannels = channels.isEmpty();
		List<ChannelAccount> scope = allChannels ? client.getChannels() : channels;
		this.platforms = scope.stream().map(ChannelAccount::getPlatform).collect(java.util.stream.Collectors.toSet());
		for (ChannelAccount channel : scope) {
			for (MeasurementSeries series : channel.getSeries()) {
				if (series.getStart() != null && series.getValues() != null) {
					columns.computeIfAbsent(series.getField(), f -> new ArrayList<>())
							.add(new Column(series.getValues(), series.getStart().toEpochDay()));
				}
			}
		}
	}

	Client client() {
		return client;
	}

	boolean hasField(String field) {
		return columns.containsKey(field);
	}

	/** Sum of {@code field} over the epoch days {@code from..to}; NaN when no value falls in them. */
	double sum(String field, long from, long to) {
		List<Column> list = columns.get(field);
		if (list == null) {
			return Double.NaN;
		}
		double sum = 0;
		boolean any = false;
		for (Column column : list) {
			double[] values = column.values;
			int first = (int) Math.max(0, from - column.startDay);
			int last = (int) Math.min(values.length - 1L, to - column.startDay);
			for (int i = first; i <= last; i++) {
				double value = values[i];
				if (value == value) { // not NaN
					sum += value;
					any = true;
				}
			}
		}
		return any ? sum : Double.NaN;
	}

	/** The latest value of {@code field} from {@code from} to {@code to}, added over channels; NaN if none. */
	double last(String field, long from, long to) {
		return edge(field, from, to, true);
	}

	/** The earliest value of {@code field} from {@code from} to {@code to}, added over channels; NaN if none. */
	double first(String field, long from, long to) {
		return edge(field, from, to, false);
	}

	/** Per channel the first (or last) value in the range, added up: the stock at the range's start (or end). */
	private double edge(String field, long from, long to, boolean latest) {
		List<Column> list = columns.get(field);
		if (list == null) {
			return Double.NaN;
		}
		double sum = 0;
		boolean any = false;
		for (Column column : list) {
			double[] values = column.values;
			int low = (int) Math.max(0, from - column.startDay);
			int high = (int) Math.min(values.length - 1L, to - column.startDay);
			int step = latest ? -1 : 1;
			for (int i = latest ? high : low; i >= low && i <= high; i += step) {
				if (values[i] == values[i]) {
					sum += values[i];
					any = true;
					break;
				}
			}
		}
		return any ? sum : Double.NaN;
	}

	/** Whether any of {@code fields} (or any field at all, when empty) has a value on epoch day {@code day}. */
	boolean hasDataOn(List<String> fields, long day) {
		for (String field : fields.isEmpty() ? columns.keySet() : fields) {
			if (!Double.isNaN(sum(field, day, day))) {
				return true;
			}
		}
		return false;
	}

	/** Mentions from {@code from} to {@code to}; on the scope's platforms when the scope is not every channel. */
	MentionCounts mentions(LocalDate from, LocalDate to) {
		MentionLog log = client.getMentions();
		if (log == null || log.size() == 0) {
			return MentionCounts.NONE;
		}
		long own = 0, competitors = 0, positive = 0, neutral = 0, negative = 0, unknown = 0;
		String clientName = client.getName() == null ? "" : client.getName().toLowerCase(Locale.ROOT);
		int[] dates = log.getDates();
		long first = from.toEpochDay();
		long last = to.toEpochDay();
		for (int i = 0; i < dates.length; i++) {
			if (dates[i] < first || dates[i] > last) {
				continue;
			}
			Mention mention = log.get(i);
			if (!allChannels && mention.platform() != null && !platforms.contains(mention.platform())) {
				continue;
			}
			if (mention.brand() != null && !mention.brand().toLowerCase(Locale.ROOT).equals(clientName)) {
				competitors++;
				continue;
			}
			own++;
			Sentiment sentiment = mention.sentiment();
			if (sentiment == Sentiment.POSITIVE) {
				positive++;
			} else if (sentiment == Sentiment.NEUTRAL) {
				neutral++;
			} else if (sentiment == Sentiment.NEGATIVE) {
				negative++;
			} else {
				unknown++;
			}
		}
		return new MentionCounts(own, competitors, positive, neutral, negative, unknown);
	}
}
