package com.socialyst.metrics.standard;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import com.socialyst.metrics.Metric;
import com.socialyst.metrics.MetricInput;
import com.socialyst.metrics.MetricValue;

/**
 * Kaushik's conversation, amplification and applause rates: comments, shares or likes per post (his
 * definition, the default), or per follower with the KPI parameter {@code per=follower} (the variant many tools
 * use, which does not reward posting more). Followers are the latest count in the period. plugin.xml names the
 * field after the class: {@code PerPostOrFollower:comments}.
 */
public class PerPostOrFollower implements Metric, IExecutableExtension {

	private String field;

	public PerPostOrFollower() {
	}

	public static PerPostOrFollower of(String field) {
		PerPostOrFollower metric = new PerPostOrFollower();
		metric.field = field;
		return metric;
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data == null || String.valueOf(data).isBlank()) {
			throw new IllegalArgumentException("PerPostOrFollower needs the field after the class name");
		}
		field = String.valueOf(data).strip();
	}

	@Override
	public MetricValue compute(MetricInput input) {
		double count = input.sum(field);
		if (Double.isNaN(count)) {
			return MetricValue.noData("no " + field + " data in the period");
		}
		String per = input.parameter("per");
		if ("follower".equals(per)) {
			return MetricValue.ratio(count, input.last("followers"), "followers");
		}
		if (per != null && !"post".equals(per)) {
			throw new IllegalArgumentException("parameter per must be 'post' or 'follower', is '" + per + "'");
		}
		return MetricValue.ratio(count, input.sum("posts"), "posts");
	}
}
