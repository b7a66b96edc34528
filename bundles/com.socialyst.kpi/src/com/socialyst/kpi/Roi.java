package com.socialyst.kpi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The return on investment of a strategy over a period: {@code roi = (value - investment) / investment}, where
 * {@code investment} is the actual budget spent in the period (by category) and {@code value} is attributed revenue
 * plus declared soft value. Every assumption behind the numbers is listed next to them, because an ROI is only as
 * good as what it takes for granted. The sensitivity figures recompute the ROI with the soft value 20 % lower and
 * 20 % higher, showing how much the result leans on it.
 *
 * @param investment the actual budget of the period, all categories; 0 when there are no budget lines
 * @param investmentByCategory the same by {@link com.socialyst.model.BudgetCategory} literal ({@code paid-media}…),
 *        in the categories' order, only categories with budget lines
 * @param revenue the sum of the {@code revenue} field over all the client's channels; NaN when no channel has any
 *        revenue value in the period (missing revenue is not taken as 0)
 * @param softValue the declared soft values for the period; 0 when none are declared
 * @param value {@code revenue + softValue}; NaN without revenue
 * @param roi the ROI as a fraction (0.25 = 25 %); NaN when the investment is 0 or the value unknown, see
 *        {@code explanation}
 * @param roiSoftMinus20 the ROI with the soft value at 80 %
 * @param roiSoftPlus20 the ROI with the soft value at 120 %
 * @param explanation why {@code roi} is NaN; null when it is a number
 * @param assumptions each proration, each soft value with its assumption, and how revenue is counted
 */
public record Roi(double investment, Map<String, Double> investmentByCategory, double revenue, double softValue,
		double value, double roi, double roiSoftMinus20, double roiSoftPlus20, String explanation,
		List<String> assumptions) {

	public Roi {
		// LinkedHashMap keeps the categories in the model's order; Map.copyOf would not.
		investmentByCategory = Collections.unmodifiableMap(new LinkedHashMap<>(investmentByCategory));
		assumptions = List.copyOf(assumptions);
	}

	/** An ROI that could not be computed at all, for {@code reason}. */
	public static Roi unavailable(String reason) {
		return new Roi(Double.NaN, Map.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				reason, List.of());
	}

	/** Whether {@link #roi()} is a number. */
	public boolean available() {
		return !Double.isNaN(roi);
	}
}
