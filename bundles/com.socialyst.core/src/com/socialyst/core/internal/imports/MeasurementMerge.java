package com.socialyst.core.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.socialyst.core.imports.ImportProblem;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.SocialystFactory;

/**
 * Plans how imported values join a client's series, then applies the plan. Planning changes nothing, so a refused
 * import leaves the model as it was. A day that already has a different value is a conflict unless replacing; a
 * day with the same value is left alone, which makes importing a file twice a no-op.
 */
final class MeasurementMerge {

	/** Dates outside this range are typing errors (2206 for 2026), and would make huge series. */
	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private final Client client;
	private final ChannelSpec requested;
	private final boolean replace;

	/** Channel key → the account, or the spec of an account to create. */
	private final Map<String, ChannelAccount> accounts = new LinkedHashMap<>();
	private final Map<String, ChannelSpec> toCreate = new LinkedHashMap<>();
	/** Channel key → field → day → point. */
	private final Map<String, Map<String, TreeMap<LocalDate, Point>>> incoming = new LinkedHashMap<>();
	private final List<ImportProblem> problems = new ArrayList<>();
	private int added;
	private int replaced;
	private int unchanged;

	MeasurementMerge(Client client, ChannelSpec requested, boolean replace) {
		this.client = client;
		this.requested = requested;
		this.replace = replace;
	}

	/** Adds {@code point} to the plan, or records why it cannot be imported. */
	void plan(Point point) {
		if (point.date().isBefore(EARLIEST) || point.date().isAfter(LATEST)) {
			problems.add(ImportProblem.ofRow(point.file(), point.line(), "the date " + point.date()
					+ " is outside " + EARLIEST.getYear() + "–" + LATEST.getYear()));
			return;
		}
		String key;
		try {
			key = channelKey(point);
		} catch (IllegalArgumentException e) {
			problems.add(ImportProblem.ofRow(point.file(), point.line(), e.getMessage()));
			return;
		}
		TreeMap<LocalDate, Point> days = incoming.computeIfAbsent(key, k -> new LinkedHashMap<>())
				.computeIfAbsent(point.field(), f -> new TreeMap<>());
		Point earlier = days.get(point.date());
		if (earlier != null) {
			if (earlier.value() != point.value()) {
				problems.add(ImportProblem.ofRow(point.file(), point.line(), point.field() + " on " + point.date()
						+ " is " + format(point.value()) + " here but " + format(earlier.value()) + " in "
						+ earlier.file().getFileName() + ":" + earlier.line()));
			}
			return;
		}
		double existing = existingValue(key, point.field(), point.date());
		if (Double.isNaN(existing)) {
			added++;
		} else if (existing == point.value()) {
			unchanged++;
			return;
		} else if (replace) {
			replaced++;
		} else {
			problems.add(ImportProblem.ofRow(point.file(), point.line(), point.field() + " on " + point.date()
					+ " is " + format(existing) + " in the workspace and " + format(point.value())
					+ " here (use --replace to overwrite)"));
			return;
		}
		days.put(point.date(), point);
	}

	/** Conflicts and unplaceable rows found while planning. */
	List<ImportProblem> problems() {
		return problems;
	}

	int added() {
		return added;
	}

	int replaced() {
		return replaced;
	}

	int unchanged() {
		return unchanged;
	}

	/** Creates the missing accounts and writes the planned values; returns the ids of the created accounts. */
	List<String> apply() {
		List<String> created = new ArrayList<>();
		toCreate.forEach((key, spec) -> {
			if (incoming.containsKey(key)) {
				ChannelAccount account = SocialystFactory.eINSTANCE.createChannelAccount();
				account.setPlatform(spec.platform());
				account.setHandle(spec.handle());
				client.getChannels().add(account);
				accounts.put(key, account);
				created.add(account.getId());
			}
		});
		incoming.forEach((key, fields) -> fields.forEach((field, days) -> {
			if (!days.isEmpty()) {
				write(series(accounts.get(key), field), days);
			}
		}));
		return created;
	}

	private String channelKey(Point point) {
		ChannelSpec spec = requested;
		if (point.channel() != null) {
			ChannelSpec named = ChannelSpec.parse(point.channel());
			if (requested != null && (named.platform() != requested.platform() || (named.handle() != null
					&& requested.handle() != null && !named.handle().equalsIgnoreCase(requested.handle())))) {
				throw new IllegalArgumentException("the row is for channel " + named + " but --channel is " + requested);
			}
			spec = requested != null ? requested : named;
		}
		if (spec == null) {
			throw new IllegalArgumentException("no channel: name one with --channel PLATFORM[:HANDLE]");
		}
		ChannelAccount account = spec.find(client);
		if (account != null) {
			accounts.putIfAbsent(account.getId(), account);
			return account.getId();
		}
		String key = "new:" + spec.toString().toLowerCase(java.util.Locale.ROOT);
		toCreate.putIfAbsent(key, spec);
		return key;
	}

	private double existingValue(String key, String field, LocalDate date) {
		ChannelAccount account = accounts.get(key);
		if (account == null) {
			return Double.NaN;
		}
		return account.getSeries().stream().filter(s -> field.equals(s.getField())).findFirst()
				.map(s -> s.valueAt(date)).orElse(Double.NaN);
	}

	private static MeasurementSeries series(ChannelAccount account, String field) {
		for (MeasurementSeries series : account.getSeries()) {
			if (field.equals(series.getField())) {
				return series;
			}
		}
		MeasurementSeries series = SocialystFactory.eINSTANCE.createMeasurementSeries();
		series.setField(field);
		account.getSeries().add(series);
		return series;
	}

	/** Writes {@code days} into {@code series} with one new array (arrays are values: never changed in place). */
	private static void write(MeasurementSeries series, TreeMap<LocalDate, Point> days) {
		LocalDate first = days.firstKey();
		LocalDate last = days.lastKey();
		if (series.getStart() != null && series.length() > 0) {
			first = series.getStart().isBefore(first) ? series.getStart() : first;
			last = series.endDate().isAfter(last) ? series.endDate() : last;
		}
		double[] values = new double[Math.toIntExact(last.toEpochDay() - first.toEpochDay() + 1)];
		Arrays.fill(values, Double.NaN);
		if (series.getStart() != null && series.length() > 0) {
			System.arraycopy(series.getValues(), 0, values,
					(int) (series.getStart().toEpochDay() - first.toEpochDay()), series.length());
		}
		long origin = first.toEpochDay();
		days.forEach((date, point) -> values[(int) (date.toEpochDay() - origin)] = point.value());
		series.setStart(first);
		series.setValues(values);
	}

	/** A value as users write it: no ".0" on whole numbers. */
	static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
