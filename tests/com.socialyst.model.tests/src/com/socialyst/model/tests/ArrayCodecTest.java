package com.socialyst.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.socialyst.model.util.ArrayCodec;

/** The compact text form of measurement and mention columns: exact round trips, and compact for real data. */
class ArrayCodecTest {

	@Test
	void doublesRoundTripExactlyIncludingGapsSignsAndFractions() {
		double[][] cases = { {}, { 0 }, { Double.NaN }, { 1, 2, 3 }, { -5, 0, 5, -1e9, 1e9 },
				{ 0.045, 1234.56, 99.95, 0.1 + 0.2 }, { 1, Double.NaN, Double.NaN, 4, Double.NaN },
				{ Double.MAX_VALUE, Double.MIN_VALUE }, { 1e-12, 3.141592653589793 } };
		for (double[] values : cases) {
			assertArrayEquals(values, ArrayCodec.decodeDoubles(ArrayCodec.encodeDoubles(values)),
					java.util.Arrays.toString(values));
		}
	}

	@Test
	void randomSeriesRoundTrip() {
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 200; round++) {
			double[] values = new double[random.nextInt(0, 800)];
			for (int i = 0; i < values.length; i++) {
				int kind = random.nextInt(4);
				values[i] = kind == 0 ? Double.NaN : kind == 1 ? random.nextInt(-1000, 100000)
						: kind == 2 ? random.nextInt(0, 1000000) / 100.0 : random.nextDouble() * 1e6;
			}
			assertArrayEquals(values, ArrayCodec.decodeDoubles(ArrayCodec.encodeDoubles(values)));
		}
	}

	@Test
	void aSlowlyGrowingDailyCountTakesFewCharactersPerValue() {
		double[] followers = new double[730];
		SplittableRandom random = new SplittableRandom(1);
		followers[0] = 12480;
		for (int i = 1; i < followers.length; i++) {
			followers[i] = followers[i - 1] + random.nextInt(-3, 25);
		}
		String text = ArrayCodec.encodeDoubles(followers);
		assertTrue(text.length() < 2 * followers.length, text.length() + " characters for 730 values");
	}

	@Test
	void repetitiveColumnsAreCompressedAndRoundTrip() {
		// a year of mention dates: sorted epoch days, about 30 mentions a day
		int[] dates = new int[365 * 30];
		byte[] sentiments = new byte[dates.length];
		SplittableRandom random = new SplittableRandom(3);
		for (int i = 0; i < dates.length; i++) {
			dates[i] = 20500 + i / 30;
			sentiments[i] = (byte) (random.nextInt(10) < 6 ? 1 : random.nextInt(4));
		}
		String datesText = ArrayCodec.encodeInts(dates);
		String sentimentsText = ArrayCodec.encodeBytes(sentiments);
		assertTrue(datesText.length() < dates.length / 10, datesText.length() + " characters for " + dates.length);
		assertTrue(sentimentsText.length() < sentiments.length, sentimentsText.length() + " characters");
		assertArrayEquals(dates, ArrayCodec.decodeInts(datesText));
		assertArrayEquals(sentiments, ArrayCodec.decodeBytes(sentimentsText));
	}

	@Test
	void corruptTextIsRefusedNotMisread() {
		String text = ArrayCodec.encodeInts(new int[1000]);
		String truncated = text.substring(0, text.length() / 2);
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ArrayCodec.decodeInts(truncated));
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ArrayCodec.decodeDoubles("QUJD"));
	}

	@Test
	void intsAndBytesRoundTrip() {
		int[] ints = { 0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 20513, 20514, 20514, 3 };
		assertArrayEquals(ints, ArrayCodec.decodeInts(ArrayCodec.encodeInts(ints)));
		byte[] bytes = { 0, -1, 5, 127, -128, 3 };
		assertArrayEquals(bytes, ArrayCodec.decodeBytes(ArrayCodec.encodeBytes(bytes)));
		assertArrayEquals(new int[0], ArrayCodec.decodeInts(ArrayCodec.encodeInts(new int[0])));
	}
}
