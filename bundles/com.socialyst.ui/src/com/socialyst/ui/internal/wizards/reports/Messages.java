package com.socialyst.ui.internal.wizards.reports;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the Generate Reports wizard (messages*.properties beside this class). */
public final class Messages extends NLS {

	public static String wizardTitle;
	public static String pageTitle;
	public static String pageDescription;
	public static String kindLabel;
	public static String kindClient;
	public static String kindMaturity;
	public static String kindStrategy;
	public static String kindPortfolio;
	public static String clientsLabel;
	public static String clientsColumnName;
	public static String clientsColumnId;
	public static String clientsColumnLanguage;
	public static String selectAll;
	public static String selectNone;
	public static String periodLabel;
	public static String periodHint;
	public static String formatLabel;
	public static String formatPdf;
	public static String formatHtml;
	public static String formatDocx;
	public static String formatPptx;
	public static String formatXlsx;
	public static String languageLabel;
	public static String languageClients;
	public static String folderLabel;
	public static String browse;
	public static String browseTitle;
	public static String browseMessage;
	public static String missingClients;
	public static String missingFolder;
	public static String errorPeriod;
	public static String errorFolderInvalid;
	public static String errorFolderIsFile;
	public static String readyMessage;
	public static String jobName;
	public static String jobFolderError;
	public static String summaryTitle;
	public static String summaryHeadline;
	public static String summaryFolder;
	public static String summaryDetails;
	public static String summaryCancelled;
	public static String summaryFailed;
	public static String summaryNotLoadedHeading;
	public static String summaryNotLoaded;
	public static String summaryWarnings;
	public static String summaryWritten;
	public static String summaryPreview;
	public static String summaryOpenFolder;
	public static String previewFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
