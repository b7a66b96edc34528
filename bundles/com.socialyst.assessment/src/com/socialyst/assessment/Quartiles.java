package com.socialyst.assessment;

import java.util.Arrays;

/**
 * First quartile, median and third quartile of a sample, interpolated linearly between order statistics (the
 * method spreadsheets use for QUARTILE.INC and R for its default type 7).
 */
public record Quartiles(double q1, double median, double q3) {

	/** @param values at least one value; not changed */
	public static Quartiles of(double[] values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("no values");
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return new Quartiles(quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
	}

	static double quantile(double[] sorted, double p) {
		double h = (sorted.length - 1) * p;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, sorted.length - 1);
		return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
	}
}
