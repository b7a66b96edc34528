package com.socialyst.diagnosis.internal.rules;

/** Published studies recommendations lean on. */
final class Sources {

	static final String ALTIMETER_2013 = "Charlene Li and Brian Solis, \"The Evolution of Social Business: Six Stages of "
			+ "Social Business Transformation\", Altimeter Group, 2013";

	static final String KAUSHIK_2011 = "Avinash Kaushik, \"Best Social Media Metrics: Conversation, Amplification, "
			+ "Applause, Economic Value\", Occam's Razor, 2011";

	static final String BLANCHARD_2011 = "Olivier Blanchard, \"Social Media ROI\", Que, 2011";

	private Sources() {
	}
}
