package com.socialyst.diagnosis.internal.rules;

import java.time.LocalDate;
import java.util.List;

import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisContext;
import com.socialyst.diagnosis.DiagnosisRule;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.Severity;
import com.socialyst.diagnosis.internal.Messages;
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
		Messages text = Messages.of(Messages.RULES, context.locale());
		return List.of(new Finding("no-conversion-tracking", Category.ROI_NOT_MEASURED, Severity.HIGH,
				text.format("noConversionTracking.title"),
				List.of(text.format("noConversionTracking.evidence", context.client().getChannels().size(), DAYS,
						context.asOf())),
				text.format("noConversionTracking.recommendation"), List.of(Sources.BLANCHARD_2011)));
	}
}
