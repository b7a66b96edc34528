package com.socialyst.ui.internal.wizards.metrics;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the New Formula Metric wizard (messages*.properties beside this class). */
public final class Messages extends NLS {

	public static String wizardTitle;
	public static String pageTitle;
	public static String pageDescription;
	public static String idLabel;
	public static String idExample;
	public static String nameLabel;
	public static String descriptionLabel;
	public static String unitLabel;
	public static String unitRatio;
	public static String unitPercent;
	public static String unitCount;
	public static String unitCurrency;
	public static String unitDuration;
	public static String expressionLabel;
	public static String expressionExample;
	public static String expressionHint;
	public static String missingId;
	public static String missingName;
	public static String missingExpression;
	public static String ready;
	public static String errorIdSyntax;
	public static String errorIdReserved;
	public static String errorIdInstalled;
	public static String errorIdFormula;
	public static String errorExpression;
	public static String errorSave;
	public static String errorPortfolioClosed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
