package com.socialyst.cli.internal.commands;

import java.io.IOException;
import java.time.LocalDate;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import com.socialyst.kpi.Scorecard;

/**
 * Scorecards as JSON, one object per line: the record components by name (see docs/scorecards.md), dates as
 * {@code yyyy-MM-dd}, and null wherever a number has no value (JSON has no NaN).
 */
final class ScorecardJson {

	private static final TypeAdapter<Double> NUMBER = new TypeAdapter<>() {
		@Override
		public void write(JsonWriter out, Double value) throws IOException {
			if (value == null || value.isNaN() || value.isInfinite()) {
				out.nullValue();
			} else {
				out.value(value);
			}
		}

		@Override
		public Double read(JsonReader in) {
			throw new UnsupportedOperationException("scorecards are written, not read");
		}
	};

	private static final TypeAdapter<LocalDate> DATE = new TypeAdapter<>() {
		@Override
		public void write(JsonWriter out, LocalDate value) throws IOException {
			if (value == null) {
				out.nullValue();
			} else {
				out.value(value.toString());
			}
		}

		@Override
		public LocalDate read(JsonReader in) {
			throw new UnsupportedOperationException("scorecards are written, not read");
		}
	};

	private static final Gson GSON = builder().create();

	private ScorecardJson() {
	}

	/**
	 * The JSON conventions of every command: nulls written, no NaN (null instead), dates as {@code yyyy-MM-dd}.
	 */
	static GsonBuilder builder() {
		return new GsonBuilder().serializeNulls().registerTypeAdapter(Double.class, NUMBER)
				.registerTypeAdapter(double.class, NUMBER).registerTypeAdapter(LocalDate.class, DATE);
	}

	static String toJson(Scorecard card) {
		return GSON.toJson(card);
	}
}
