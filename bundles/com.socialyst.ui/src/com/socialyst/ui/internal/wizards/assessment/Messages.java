package com.socialyst.ui.internal.wizards.assessment;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the Run Assessment wizard (messages*.properties beside this class). */
public final class Messages extends NLS {

	public static String windowTitle;
	public static String noModels;
	public static String modelsProblems;
	public static String modelPageTitle;
	public static String modelPageDescription;
	public static String clientLabel;
	public static String modelLabel;
	public static String modelItem;
	public static String dateLabel;
	public static String dateValue;
	public static String prefilled;
	public static String notPrefilled;
	public static String needClient;
	public static String needModel;
	public static String questionsTitle;
	public static String questionsInstructions;
	public static String level;
	public static String question;
	public static String notAnswered;
	public static String levelItem;
	public static String levelOnly;
	public static String comment;
	public static String resultTitle;
	public static String resultDescription;
	public static String resultStage;
	public static String resultNoStage;
	public static String resultNothing;
	public static String resultPrevious;
	public static String resultNoPrevious;
	public static String resultNoStageShort;
	public static String resultUnanswered;
	public static String resultReplaces;
	public static String resultDimensions;
	public static String dimensionColumn;
	public static String scoreColumn;
	public static String answeredColumn;
	public static String answeredValue;
	public static String commandLabel;
	public static String cannotRecord;
	public static String saveFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
