package com.socialyst.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import com.socialyst.core.storage.OpenPortfolio;

/**
 * Branded reports from a portfolio (an OSGi service). The workbench and {@code socialyst report} both use it.
 * <p>
 * A report's template is {@code <kind>.rptdesign} from the portfolio's {@code templates/} folder when there is one,
 * else the built-in one. Its brand follows the client's brand mode: the consultancy's brand, the client's brand
 * beside it (co-brand), or only the client's (white-label: the consultancy is named nowhere). Its language is the
 * request's, else the client's report language.
 * </p>
 */
public interface Reports {

	/** Renders one report into {@code out} (not closed). */
	List<String> render(OpenPortfolio portfolio, ReportRequest request, OutputStream out) throws ReportException;

	/**
	 * Writes one report to {@code target} atomically: a crash leaves the previous file or none, never half a
	 * document. An HTML report is one self-contained file.
	 *
	 * @return warnings to look at before sending the report
	 */
	List<String> write(OpenPortfolio portfolio, ReportRequest request, Path target) throws ReportException;

	/**
	 * Writes many reports into {@code folder} under their {@link ReportRequest#fileName()}s, on {@code threads}
	 * threads. One report's failure never stops the others; the result lists what was written and what failed.
	 *
	 * @param monitor one unit per report; cancelling stops before the next report
	 */
	BatchResult writeAll(OpenPortfolio portfolio, List<ReportRequest> requests, Path folder, int threads,
			IProgressMonitor monitor);
}
