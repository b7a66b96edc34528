package com.socialyst.cli.internal;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Shows the progress of a long command on the terminal: the task and sub-task with a
 * percentage, at most a few lines a second so that logs stay readable. Core code reports
 * through {@link IProgressMonitor} exactly as it does inside an Eclipse Job in the workbench.
 */
public class ConsoleProgressMonitor implements IProgressMonitor {

	private static final long MIN_INTERVAL_NANOS = 500_000_000L;

	private final PrintWriter err;
	private final LongSupplier clock;
	private String task = "";
	private double totalWork;
	private double worked;
	private long lastPrint = Long.MIN_VALUE;
	private String lastLine = "";
	private volatile boolean canceled;

	public ConsoleProgressMonitor(PrintWriter err) {
		this(err, System::nanoTime);
	}

	ConsoleProgressMonitor(PrintWriter err, LongSupplier clock) {
		this.err = err;
		this.clock = clock;
	}

	@Override
	public void beginTask(String name, int total) {
		task = name == null ? "" : name;
		totalWork = total;
		worked = 0;
		print(task, true);
	}

	@Override
	public void subTask(String name) {
		print(name == null || name.isEmpty() ? task : task + ": " + name, false);
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name;
		print(task, true);
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		worked += work;
	}

	@Override
	public void done() {
		worked = totalWork;
	}

	@Override
	public boolean isCanceled() {
		return canceled;
	}

	@Override
	public void setCanceled(boolean value) {
		canceled = value;
	}

	private void print(String text, boolean always) {
		long now = clock.getAsLong();
		if (!always && now - lastPrint < MIN_INTERVAL_NANOS) {
			return;
		}
		String line = percent() + text;
		if (line.equals(lastLine)) {
			return;
		}
		lastPrint = now;
		lastLine = line;
		err.println(line);
		err.flush();
	}

	private String percent() {
		if (totalWork <= 0 || totalWork == IProgressMonitor.UNKNOWN) {
			return "";
		}
		return String.format("[%3d%%] ", (int) Math.min(100, Math.round(100 * worked / totalWork)));
	}
}
