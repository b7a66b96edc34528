package com.socialyst.ui.internal.wizards.imports;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the Import Data wizard (messages*.properties beside this class). */
public final class Messages extends NLS {

	public static String windowTitle;
	public static String pageTitle;
	public static String pageDescription;
	public static String clientLabel;
	public static String fileLabel;
	public static String browse;
	public static String browseTitle;
	public static String filterCsv;
	public static String filterAll;
	public static String formatLabel;
	public static String formatAuto;
	public static String formatAutoDetected;
	public static String formatAutoUnrecognised;
	public static String formatGeneric;
	public static String formatX;
	public static String formatMeta;
	public static String formatLinkedin;
	public static String formatGa4;
	public static String formatMentions;
	public static String channelLabel;
	public static String channelHint;
	public static String channelNamedInFile;
	public static String dateFormatLabel;
	public static String dateFormatHint;
	public static String skipBadRows;
	public static String skipBadRowsHint;
	public static String replace;
	public static String replaceHint;
	public static String previewLabel;
	public static String previewLine;
	public static String previewEmpty;
	public static String previewFailed;
	public static String problemsLabel;
	public static String problemsFile;
	public static String problemsLine;
	public static String problemsColumn;
	public static String problemsReason;
	public static String needClient;
	public static String needFile;
	public static String fileMissing;
	public static String needChannel;
	public static String clientDirty;
	public static String refused;
	public static String refusedSkipHint;
	public static String failed;
	public static String cancelled;
	public static String saveFailed;
	public static String saveFailedRetry;
	public static String summaryTitle;
	public static String summaryFormats;
	public static String summaryRows;
	public static String summaryMentions;
	public static String summarySkipped;
	public static String summaryMoreSkipped;
	public static String summaryChannels;
	public static String summaryNothing;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
