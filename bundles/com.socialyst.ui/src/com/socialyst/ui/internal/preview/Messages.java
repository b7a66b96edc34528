package com.socialyst.ui.internal.preview;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the report preview (messages*.properties beside this class). */
public final class Messages extends NLS {

	public static String statusLoading;
	public static String statusPageCount;
	public static String statusFailed;
	public static String statusMissing;
	public static String statusNotPdf;
	public static String notPdfMessage;
	public static String zoomLabel;
	public static String zoomFitWidth;
	public static String zoomActualSize;
	public static String openFolder;
	public static String openInSystemViewer;
	public static String pageTooltip;
	public static String renderJob;
	public static String launchFailedTitle;
	public static String launchFailedFolder;
	public static String launchFailedFile;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
