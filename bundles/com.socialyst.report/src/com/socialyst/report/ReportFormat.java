package com.socialyst.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats reports are written in. */
public enum ReportFormat {
	PDF("pdf"), HTML("html"), DOCX("docx"), PPTX("pptx"), XLSX("xlsx");

	private final String id;

	ReportFormat(String id) {
		this.id = id;
	}

	/** The BIRT emitter id, the command-line name and the file extension. */
	public String id() {
		return id;
	}

	public static Optional<ReportFormat> fromId(String id) {
		return Arrays.stream(values()).filter(format -> format.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
	}
}
