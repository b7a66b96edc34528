package com.socialyst.metrics.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;

import com.socialyst.metrics.Aggregation;
import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricResult;
import com.socialyst.metrics.Unit;
import com.socialyst.metrics.internal.Evaluator;
import com.socialyst.model.AuthorType;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Direction;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Platform;
import com.socialyst.model.Sentiment;
import com.socialyst.model.SocialystFactory;

/**
 * Computes a metric on a few hand-written days, exactly as the engine does (same aggregation, same handling of
 * failures), in plain JUnit: no workspace, no extension registry. For plugin authors and our own tests.
 *
 * <pre>
 * MetricResult result = MetricTester.of(new EngagementRate())
 * 		.field("engagements", 10, 20)
 * 		.field("impressions", 100, 300)
 * 		.compute();
 * assertEquals(30.0 / 400, result.value(), 1e-12);
 * </pre>
 *
 * Days are numbered from 0, starting on {@link #DAY_0} unless {@link #startingOn} says otherwise; pass
 * {@code Double.NaN} for a day without a value. Fields go to one channel unless {@link #channel} starts another;
 * the metric then sees the channels added up.
 */
public final class MetricTester {

	/** The first day of the data unless told otherwise. */
	public static final LocalDate DAY_0 = LocalDate.of(2026, 1, 1);

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	private final Metric metric;
	private MetricDescriptor descriptor;
	private Aggregation aggregation = Aggregation.AGGREGATE_THEN_COMPUTE;
	private LocalDate start = DAY_0;
	private final Client client = FACTORY.createClient();
	private ChannelAccount channel;
	private final Map<String, String> parameters = new LinkedHashMap<>();
	private final List<Mention> mentions = new ArrayList<>();
	private int days;

	private MetricTester(Metric metric) {
		this.metric = metric;
		client.setId("test-client");
		client.setName("Test Client");
		channel(Platform.LINKEDIN, "test");
	}

	/** A tester for {@code metric}. */
	public static MetricTester of(Metric metric) {
		return new MetricTester(metric);
	}

	/** Uses the metric's declared descriptor (aggregation and parameter defaults come from it). */
	public MetricTester descriptor(MetricDescriptor value) {
		this.descriptor = value;
		this.aggregation = value.aggregation();
		return this;
	}

	/** Sets the aggregation rule when no descriptor is given. */
	public MetricTester aggregation(Aggregation value) {
		this.aggregation = value;
		return this;
	}

	/** Day 0 is {@code date}. Call before adding fields. */
	public MetricTester startingOn(LocalDate date) {
		this.start = date;
		return this;
	}

	/** Further fields go to a new channel account. */
	public MetricTester channel(Platform platform, String handle) {
		channel = FACTORY.createChannelAccount();
		channel.setPlatform(platform);
		channel.setHandle(handle);
		client.getChannels().add(channel);
		return this;
	}

	/** Daily values of {@code field} from day 0 on the current channel. */
	public MetricTester field(String field, double... values) {
		MeasurementSeries series = FACTORY.createMeasurementSeries();
		series.setField(field);
		series.setStart(start);
		series.setValues(values.clone());
		channel.getSeries().add(series);
		days = Math.max(days, values.length);
		return this;
	}

	/** A KPI parameter. */
	public MetricTester parameter(String name, String value) {
		parameters.put(name, value);
		return this;
	}

	/** {@code count} mentions on day {@code day}; {@code brand} null or the client's name ("Test Client") is own. */
	public MetricTester mentions(int day, int count, Sentiment sentiment, String brand) {
		for (int i = 0; i < count; i++) {
			mentions.add(new Mention(start.plusDays(day), Platform.X, AuthorType.CUSTOMER, sentiment, null, null,
					Double.NaN, brand));
		}
		days = Math.max(days, day + 1);
		return this;
	}

	/** The metric over every day given. */
	public MetricResult compute() {
		return compute(0, Math.max(0, days - 1));
	}

	/** The metric over days {@code fromDay..toDay} (inclusive). */
	public MetricResult compute(int fromDay, int toDay) {
		if (!mentions.isEmpty() && client.getMentions() == null) {
			MentionLog log = FACTORY.createMentionLog();
			EList<Mention> list = new BasicEList<>(mentions);
			log.addAll(list);
			client.setMentions(log);
		}
		MetricDescriptor used = descriptor != null ? descriptor
				: new MetricDescriptor("metric_under_test", "Metric under test", "", Unit.RATIO, List.of(), List.of(),
						Direction.HIGHER_IS_BETTER, aggregation, null, null, "test");
		return Evaluator.runAlone(used, metric, client, List.of(), parameters, start.plusDays(fromDay),
				start.plusDays(toDay));
	}
}
