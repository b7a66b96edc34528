package com.socialyst.report;

/** A report could not be made; the message names the report and the reason (a file, a client, a template). */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
