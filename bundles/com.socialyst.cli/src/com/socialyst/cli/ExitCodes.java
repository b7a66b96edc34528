package com.socialyst.cli;

/** Process exit codes of {@code socialyst}; scripts rely on them. */
public final class ExitCodes {

	/** The command did what was asked. */
	public static final int OK = 0;
	/** The command ran but failed, or found problems (e.g. validation errors, a failed report). */
	public static final int FAILURE = 1;
	/** The command line was wrong: unknown command or option, missing or malformed argument. */
	public static final int USAGE = 2;

	private ExitCodes() {
	}
}
