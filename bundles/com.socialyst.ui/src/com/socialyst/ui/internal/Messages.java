package com.socialyst.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Translatable UI strings of this bundle (messages*.properties beside this class). */
public final class Messages extends NLS {

	public static String menuFile;
	public static String menuHelp;
	public static String menuWindow;
	public static String menuShowView;
	public static String portfolioEmptyTitle;
	public static String portfolioEmptyHint;
	public static String aboutTitle;
	public static String aboutHeadline;
	public static String aboutVersion;
	public static String aboutEnvironment;
	public static String aboutDescription;
	public static String metricsColumnId;
	public static String metricsColumnName;
	public static String metricsColumnUnit;
	public static String metricsColumnFrom;
	public static String metricsColumnSource;
	public static String metricsCount;
	public static String metricsNoRegistry;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
