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
	public static String metricsFormulaCount;
	public static String noPortfolioTitle;
	public static String noPortfolio;
	public static String portfolioViewName;
	public static String portfolioFilterHint;
	public static String portfolioAllIndustries;
	public static String portfolioAllStatuses;
	public static String portfolioColumnClient;
	public static String portfolioColumnIndustry;
	public static String portfolioColumnCountry;
	public static String portfolioColumnScore;
	public static String portfolioColumnStatus;
	public static String portfolioColumnStage;
	public static String portfolioColumnFindings;
	public static String portfolioColumnLastReport;
	public static String portfolioCountAll;
	public static String portfolioCountFiltered;
	public static String healthGreen;
	public static String healthAmber;
	public static String healthRed;
	public static String healthNoData;
	public static String menuEdit;
	public static String menuRecent;
	public static String openPortfolioTitle;
	public static String openPortfolioNotAPortfolio;
	public static String newPortfolioTitle;
	public static String newPortfolioMessage;
	public static String newPortfolioDemo;
	public static String newPortfolioEmpty;
	public static String saveFailed;
	public static String clientEditorOverview;
	public static String clientEditorKpis;
	public static String clientEditorReport;
	public static String clientEditorStrategy;
	public static String clientEditorData;
	public static String clientEditorAssessment;
	public static String clientEditorListening;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
