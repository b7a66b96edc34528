package com.socialyst.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch of reports came to.
 *
 * @param written the files written, in request order
 * @param failed the reports that could not be made, each with the reason; nothing was written for them
 * @param warnings things to look at before sending (a commentary still in draft, a client without a strategy…)
 * @param cancelled whether the batch was cancelled before every report was tried
 */
public record BatchResult(List<Path> written, List<Failure> failed, List<String> warnings, boolean cancelled) {

	/** A report that failed, and why. */
	public record Failure(ReportRequest request, String reason) {
	}

	public BatchResult {
		written = List.copyOf(written);
		failed = List.copyOf(failed);
		warnings = List.copyOf(warnings);
	}

	public boolean ok() {
		return failed.isEmpty() && !cancelled;
	}
}
