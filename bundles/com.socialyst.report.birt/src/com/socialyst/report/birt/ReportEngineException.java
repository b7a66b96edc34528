package com.socialyst.report.birt;

/** A report that could not be made; the message names the design and the reason. */
public final class ReportEngineException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportEngineException(String message, Throwable cause) {
		super(message, cause);
	}
}
