package com.socialyst.diagnosis.internal.rules;

import java.time.LocalDate;
import java.util.List;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.MeasurementSeries;

/** ROI not measured: no conversion or revenue data reaches the workspace at all. */
public class ConversionTracking implements DiagnosisRule {

	/** How far back a conversion counts as "tracked". */
	static final int DAYS = 90;

	@Override
	public List<Finding> check(DiagnosisContext context) {
		LocalDate from = context.asOf().minusDays(DAYS);
		for (ChannelAccount channel : context.client().getChannels()) {
			for (MeasurementSeries series : channel.getSeries()) {
				if (("conversions".equals(series.getField()) || "revenue".equals(series.getField()))
						&& series.endDate() != null && !series.endDate().isBefore(from)) {
					return List.of();
				}
			}
		}
		return List.of(new Finding("no-conversion-tracking", Category.ROI_NOT_MEASURED, Severity.HIGH,
				"Conversions are not tracked",
				List.of("no conversions or revenue on any of the " + context.client().getChannels().size()
						+ " channels in the " + DAYS + " days up to " + context.asOf()),
				"Set up conversion tracking (GA4 key events by source, the platforms' conversion tags) and import it; "
						+ "without it no one can say what social media earns.",
				List.of(Sources.BLANCHARD_2011)));
	}
}
