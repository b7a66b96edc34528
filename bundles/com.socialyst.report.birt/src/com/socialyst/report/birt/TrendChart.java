package com.socialyst.report.birt;

import java.util.List;

/**
 * A line chart of a measure over time, as the workbench's dashboard draws it: labelled points in time, one or more
 * series (NaN: no value at that point), colours as {@code #RRGGBB}.
 *
 * @param title the chart's title, null for none
 * @param categories the labels of the points in time, in order
 * @param series the lines
 * @param palette the colours of the lines in order; empty for BIRT's own
 */
public record TrendChart(String title, List<String> categories, List<Line> series, List<String> palette) {

	/**
	 * One line.
	 *
	 * @param values one per category, NaN for a gap
	 * @param dashed drawn dashed (targets), else solid with markers
	 */
	public record Line(String name, double[] values, boolean dashed) {
	}

	public TrendChart {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		palette = List.copyOf(palette);
		for (Line line : series) {
			if (line.values().length != categories.size()) {
				throw new IllegalArgumentException(line.name() + ": " + line.values().length + " values for "
						+ categories.size() + " points in time");
			}
		}
	}
}
