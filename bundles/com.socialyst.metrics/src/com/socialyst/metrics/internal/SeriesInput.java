package com.socialyst.metrics.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.socialyst.metrics.MentionCounts;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricInput;

/** A {@link MetricInput} over a {@link ScopeData} and a range of days, remembering each sum it computed. */
final class SeriesInput implements MetricInput {

	private final ScopeData data;
	private final LocalDate from;
	private final LocalDate to;
	private final long fromDay;
	private final long toDay;
	private final Map<String, String> parameters;
	private final MetricDescriptor descriptor;
	private final Map<String, Double> sums = new HashMap<>(8);
	private MentionCounts mentions;

	SeriesInput(ScopeData data, LocalDate from, LocalDate to, Map<String, String> parameters,
			MetricDescriptor descriptor) {
		this.data = data;
		this.from = from;
		this.to = to;
		this.fromDay = from.toEpochDay();
		this.toDay = to.toEpochDay();
		this.parameters = parameters;
		this.descriptor = descriptor;
	}

	ScopeData data() {
		return data;
	}

	@Override
	public LocalDate from() {
		return from;
	}

	@Override
	public LocalDate to() {
		return to;
	}

	@Override
	public double sum(String field) {
		Double known = sums.get(field);
		if (known == null) {
			known = data.sum(field, fromDay, toDay);
			sums.put(field, known);
		}
		return known;
	}

	@Override
	public double last(String field) {
		return data.last(field, fromDay, toDay);
	}

	@Override
	public double first(String field) {
		return data.first(field, fromDay, toDay);
	}

	@Override
	public double before(String field) {
		return data.last(field, Long.MIN_VALUE / 4, fromDay - 1);
	}

	@Override
	public MentionCounts mentions() {
		if (mentions == null) {
			mentions = data.mentions(from, to);
		}
		return mentions;
	}

	@Override
	public String parameter(String name) {
		String value = parameters.get(name);
		return value != null ? value : descriptor == null ? null : descriptor.defaultParameter(name);
	}
}
