package com.socialyst.ui.internal.wizards.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import com.socialyst.core.storage.LoadProblem;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.report.BatchResult;
import com.socialyst.report.Reports;
import com.socialyst.ui.internal.Services;
import com.socialyst.ui.internal.UiPreferences;

/**
 * Writes a batch of reports in the background through {@link Reports#writeAll}, the call {@code socialyst report}
 * makes, with progress (one unit per report) and cancel; then shows what came of it in a
 * {@link ReportSummaryDialog}. One report's failure never stops the others.
 */
public final class ReportJob extends Job {

	/** The family of every report job, to find or join them (tests, shutdown). */
	public static final Object FAMILY = ReportJob.class;

	private final OpenPortfolio portfolio;
	private final ReportBatch batch;
	private final int threads;
	private final boolean showSummary;
	private volatile BatchResult result;
	private volatile List<String> notLoaded = List.of();

	private ReportJob(OpenPortfolio portfolio, ReportBatch batch, int threads, boolean showSummary) {
		super(NLS.bind(Messages.jobName, batch.size()));
		this.portfolio = portfolio;
		this.batch = batch;
		this.threads = threads;
		this.showSummary = showSummary;
		setUser(true);
	}

	/**
	 * Schedules the batch and returns its job at once; {@link #result()} is there when the job is done.
	 *
	 * @param showSummary whether to show the summary dialog on the UI thread when the batch ends
	 */
	public static ReportJob generate(OpenPortfolio portfolio, ReportBatch batch, boolean showSummary) {
		ReportJob job = new ReportJob(portfolio, batch, UiPreferences.reportThreads(), showSummary);
		job.schedule();
		return job;
	}

	/** What the batch came to; null while it runs, or when it could not start (the job's status says why). */
	public BatchResult result() {
		return result;
	}

	/** Files of clients that did not load, each with the reason, when the batch was for every client. */
	public List<String> notLoaded() {
		return notLoaded;
	}

	public ReportBatch batch() {
		return batch;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Reports reports;
		try {
			reports = Services.get(Reports.class);
			Files.createDirectories(batch.folder());
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.jobFolderError, batch.folder(), e.getMessage()), e);
		} catch (IllegalStateException e) {
			return Status.error(e.getMessage(), e);
		}
		BatchResult written = reports.writeAll(portfolio, batch.requests(LocalDate.now()), batch.folder(), threads,
				monitor);
		List<String> missing = new ArrayList<>();
		if (batch.everyClient() && batch.kind().perClient()) {
			for (LoadProblem problem : portfolio.problems()) {
				missing.add(NLS.bind(Messages.summaryNotLoaded, problem.file(), problem.reason()));
			}
		}
		notLoaded = List.copyOf(missing);
		result = written;
		if (showSummary) {
			showSummary(written);
		}
		return written.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	private void showSummary(BatchResult written) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display.isDisposed()) {
			return;
		}
		List<String> missing = notLoaded;
		display.asyncExec(() -> {
			if (PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().isClosing()) {
				ReportSummaryDialog.show(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
						batch.folder(), written, missing);
			}
		});
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
