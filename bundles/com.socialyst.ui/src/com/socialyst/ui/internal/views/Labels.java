package com.socialyst.ui.internal.views;

import java.util.Locale;

import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.diagnosis.ClientHealth.Health;
import com.socialyst.model.Industry;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.Services;

/** Display names of model values in the workbench's language. */
public final class Labels {

	private Labels() {
	}

	public static String industry(Industry industry) {
		return industry == null ? "" : humanize(industry.name());
	}

	public static String health(Health health) {
		return switch (health) {
			case GREEN -> Messages.healthGreen;
			case AMBER -> Messages.healthAmber;
			case RED -> Messages.healthRed;
			case NO_DATA -> Messages.healthNoData;
		};
	}

	/** The stage of an assessment in the maturity model's own words, empty without one. */
	public static String stage(AssessmentResult result) {
		if (result == null || result.stage() == null) {
			return "";
		}
		return Services.get(MaturityModels.class).texts(result.model()).name(result.stage(), Locale.getDefault());
	}

	/** {@code FINANCIAL_SERVICES} → "Financial services". */
	public static String humanize(String constant) {
		String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
