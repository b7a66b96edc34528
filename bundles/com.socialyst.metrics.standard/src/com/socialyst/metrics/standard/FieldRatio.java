package com.socialyst.metrics.standard;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/**
 * The sum of one field over the sum of another: most rates (engagement rate, CTR, conversion rate, virality) and
 * unit costs (cost per acquisition) are this shape. plugin.xml names the two fields after the class, as
 * {@code class="com.socialyst.metrics.standard.FieldRatio:engagements/impressions"}, so that each metric is one
 * declaration rather than one more class.
 */
public class FieldRatio implements Metric, IExecutableExtension {

	private String numerator;
	private String denominator;

	/** For the extension registry, which passes the fields through {@link #setInitializationData}. */
	public FieldRatio() {
	}

	/** {@code numerator / denominator}, both summed over the period. */
	public static FieldRatio of(String numerator, String denominator) {
		FieldRatio ratio = new FieldRatio();
		ratio.numerator = numerator;
		ratio.denominator = denominator;
		return ratio;
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		String[] fields = String.valueOf(data).split("/");
		if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
			throw new IllegalArgumentException("FieldRatio needs 'numerator/denominator' after the class name, got '" + data + "'");
		}
		numerator = fields[0].strip();
		denominator = fields[1].strip();
	}

	@Override
	public MetricValue compute(MetricInput input) {
		double top = input.sum(numerator);
		if (Double.isNaN(top)) {
			return MetricValue.noData("no " + numerator + " data in the period");
		}
		return MetricValue.ratio(top, input.sum(denominator), denominator);
	}
}
