package com.socialyst.ui.internal.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import com.socialyst.assessment.AssessmentHistory;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.diagnosis.ClientHealth;
import com.socialyst.diagnosis.Diagnoser;
import com.socialyst.kpi.Period;
import com.socialyst.kpi.Scorecards;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.Client;
import com.socialyst.ui.internal.Services;
import com.socialyst.ui.internal.UiPreferences;

/**
 * The health of every client of the open portfolio for the last complete quarter, computed in a background job (a
 * thousand clients take a few seconds) with the same scorecard, diagnosis and maturity code as the reports. One per
 * workbench ({@link PortfolioSession#health()}): the Portfolio view starts the scoring, the heat map reads it too;
 * both hear of each batch of clients done.
 */
public final class PortfolioHealth {

	private final Map<String, ClientHealth> health = new ConcurrentHashMap<>();
	private final Map<String, Instant> lastReports = new ConcurrentHashMap<>();
	private volatile Period period;
	private final List<Runnable> updateListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** Told (on the job's thread) after each batch of clients is scored. */
	public void addUpdateListener(Runnable listener) {
		updateListeners.add(listener);
	}

	public void removeUpdateListener(Runnable listener) {
		updateListeners.remove(listener);
	}

	/** The health of {@code client}, null while not computed yet. */
	public ClientHealth of(Client client) {
		return health.get(client.getId());
	}

	/** When the newest report file of {@code client} in the report folder was written, null if none. */
	public Instant lastReport(Client client) {
		return lastReports.get(client.getId());
	}

	/** The quarter the scores are for. */
	public Period period() {
		return period;
	}

	/**
	 * Computes the health of {@code clients} (all clients: the map is reset) in a job.
	 *
	 * @param done told with the clients of each finished batch, on the job's thread
	 */
	public Job refresh(OpenPortfolio portfolio, List<Client> clients, boolean all, Consumer<List<Client>> done) {
		if (all) {
			health.clear();
		}
		period = Period.lastCompleteQuarter(LocalDate.now());
		Job job = new Job("Scoring clients") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, "Scoring " + clients.size() + " clients",
						clients.size() + 1);
				scanReports(portfolio, progress.split(1));
				MetricEngine engine = new MetricEngine(Services.get(MetricRegistry.class), portfolio.portfolio());
				MaturityModels models = Services.get(MaturityModels.class);
				Diagnoser diagnoser = Diagnoser.installed(Services.get(IExtensionRegistry.class), models);
				LocalDate asOf = period.to();
				int batch = Math.max(10, clients.size() / 20);
				for (int start = 0; start < clients.size(); start += batch) {
					List<Client> slice = clients.subList(start, Math.min(clients.size(), start + batch));
					for (Client client : slice) {
						if (progress.isCanceled()) {
							return Status.CANCEL_STATUS;
						}
						progress.subTask(client.getName());
						health.put(client.getId(), evaluate(client, engine, diagnoser, models, asOf));
						progress.worked(1);
					}
					done.accept(List.copyOf(slice));
					updateListeners.forEach(Runnable::run);
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(false);
		job.schedule();
		return job;
	}

	private ClientHealth evaluate(Client client, MetricEngine engine, Diagnoser diagnoser, MaturityModels models,
			LocalDate asOf) {
		Optional<com.socialyst.assessment.AssessmentResult> maturity = AssessmentHistory
				.of(client, MaturityModels.STANDARD_ID, models).latestOn(asOf);
		return ClientHealth.of(Scorecards.evaluate(engine, client, period, asOf),
				diagnoser.diagnose(client, asOf, engine, Locale.getDefault()), maturity);
	}

	/** Report files are named {@code <client-id>_<kind>_<period>.<ext>}; the newest per client counts. */
	private void scanReports(OpenPortfolio portfolio, IProgressMonitor monitor) {
		Path folder = UiPreferences.reportFolder(portfolio.folder());
		Map<String, Instant> newest = new HashMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				files.forEach(file -> {
					String name = file.getFileName().toString();
					int underscore = name.indexOf('_');
					if (underscore > 0) {
						try {
							Instant written = Files.getLastModifiedTime(file).toInstant();
							newest.merge(name.substring(0, underscore), written,
									(a, b) -> a.isAfter(b) ? a : b);
						} catch (IOException e) {
							// a file vanishing while listed is no report
						}
					}
				});
			} catch (IOException e) {
				// no readable report folder: no report dates
			}
		}
		lastReports.clear();
		lastReports.putAll(newest);
		monitor.done();
	}
}
