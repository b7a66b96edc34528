package com.socialyst.metrics.standard;

import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/**
 * Customer acquisition cost: everything spent to win customers in the period over the customers won. Spend is
 * the {@code spend} field (paid media); parameter {@code overhead} adds the period's other acquisition costs
 * (staff, tools, agency), which platforms do not report. New customers are the {@code conversions} field, or the
 * field named by parameter {@code customers_field} when a client tracks customers separately from leads.
 */
public class CustomerAcquisitionCost implements Metric {

	@Override
	public MetricValue compute(MetricInput input) {
		double spend = input.sum("spend");
		double overhead = input.parameter("overhead", 0);
		if (Double.isNaN(spend) && overhead == 0) {
			return MetricValue.noData("no spend data in the period and no overhead given");
		}
		String customers = input.parameter("customers_field");
		String field = customers == null || customers.isBlank() ? "conversions" : customers.strip();
		return MetricValue.ratio((Double.isNaN(spend) ? 0 : spend) + overhead, input.sum(field), field);
	}
}
