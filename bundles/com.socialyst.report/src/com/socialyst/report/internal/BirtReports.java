package com.socialyst.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.core.storage.AtomicFiles;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.diagnosis.Diagnoser;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.Brand;
import com.socialyst.model.Client;
import com.socialyst.model.ReportLocale;
import com.socialyst.report.BatchResult;
import com.socialyst.report.ReportException;
import com.socialyst.report.ReportRequest;
import com.socialyst.report.Reports;
import com.socialyst.report.birt.BirtEngine;
import com.socialyst.report.birt.DesignVariant;
import com.socialyst.report.birt.OutputOptions;
import com.socialyst.report.birt.ReportDesign;
import com.socialyst.report.birt.ReportEngineException;
import com.socialyst.report.internal.data.ClientData;
import com.socialyst.report.internal.data.MaturityData;
import com.socialyst.report.internal.data.PortfolioData;
import com.socialyst.report.internal.data.ReportContext;
import com.socialyst.report.internal.data.ReportData;
import com.socialyst.report.internal.data.StrategyData;

/** {@link Reports} with the embedded BIRT engine and the built-in (or the portfolio's own) templates. */
@Component(service = Reports.class)
public class BirtReports implements Reports {

	/** App context keys of what the master page shows: the logos (PNG bytes) and the lead brand's name and footer. */
	public static final String LOGO = "socialyst.logo";
	public static final String SECOND_LOGO = "socialyst.logo2";
	public static final String BRAND_NAME = "socialyst.brandName";
	public static final String FOOTER = "socialyst.footer";
	/**
	 * The word before the page number. Master-page texts come from the library as virtual elements, which the
	 * label replacement does not reach, so the master page reads it from here.
	 */
	public static final String PAGE_LABEL = "socialyst.pageLabel";

	@Reference
	MetricRegistry metrics;

	@Reference
	MaturityModels maturityModels;

	@Reference
	IExtensionRegistry extensions;

	private volatile TemplateFiles templates;
	private final Map<String, ReportLabels> labels = new ConcurrentHashMap<>();
	private final Logos logos = new Logos();

	@Override
	public List<String> render(OpenPortfolio portfolio, ReportRequest request, OutputStream out) throws ReportException {
		return render(new Session(portfolio), request, out);
	}

	@Override
	public List<String> write(OpenPortfolio portfolio, ReportRequest request, Path target) throws ReportException {
		return write(new Session(portfolio), request, target);
	}

	@Override
	public BatchResult writeAll(OpenPortfolio portfolio, List<ReportRequest> requests, Path folder, int threads,
			IProgressMonitor monitor) {
		IProgressMonitor progress = monitor != null ? monitor : new NullProgressMonitor();
		progress.beginTask("Writing " + requests.size() + " reports", requests.size());
		Session session = new Session(portfolio);
		List<Path> written = new ArrayList<>();
		List<BatchResult.Failure> failed = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
			Thread thread = new Thread(runnable, "socialyst-report");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<List<String>>> futures = new ArrayList<>();
			for (ReportRequest request : requests) {
				futures.add(pool.submit(() -> {
					if (progress.isCanceled()) {
						return null;
					}
					try {
						return write(session, request, folder.resolve(request.fileName()));
					} finally {
						synchronized (progress) {
							progress.subTask(request.describe());
							progress.worked(1);
						}
					}
				}));
			}
			for (int i = 0; i < requests.size(); i++) {
				ReportRequest request = requests.get(i);
				try {
					List<String> reportWarnings = futures.get(i).get();
					if (reportWarnings != null) {
						written.add(folder.resolve(request.fileName()));
						warnings.addAll(reportWarnings);
					}
				} catch (ExecutionException e) {
					Throwable cause = e.getCause();
					failed.add(new BatchResult.Failure(request, cause instanceof ReportException ? cause.getMessage()
							: request.describe() + ": " + cause));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					failed.add(new BatchResult.Failure(request, request.describe() + ": interrupted"));
				}
			}
		} finally {
			pool.shutdownNow();
			progress.done();
		}
		return new BatchResult(written, failed, warnings, progress.isCanceled());
	}

	private List<String> write(Session session, ReportRequest request, Path target) throws ReportException {
		List<List<String>> warnings = new ArrayList<>();
		try {
			AtomicFiles.write(target, false, out -> {
				try {
					warnings.add(render(session, request, out));
				} catch (ReportException e) {
					throw new ReportFailure(e);
				}
			});
		} catch (ReportFailure e) {
			throw e.failure;
		} catch (IOException e) {
			throw new ReportException(request.describe() + ": " + target + " cannot be written: " + e.getMessage(), e);
		}
		return warnings.get(0);
	}

	/** Carries a report failure through {@link AtomicFiles.Content}, which may only throw an IOException. */
	private static final class ReportFailure extends IOException {
		private static final long serialVersionUID = 1L;
		final transient ReportException failure;

		ReportFailure(ReportException failure) {
			super(failure.getMessage(), failure);
			this.failure = failure;
		}
	}

	private List<String> render(Session session, ReportRequest request, OutputStream out) throws ReportException {
		OpenPortfolio portfolio = session.portfolio;
		Client client = null;
		if (request.kind().perClient()) {
			client = portfolio.client(request.clientId()).orElseThrow(() -> new ReportException(request.describe()
					+ ": there is no client '" + request.clientId() + "' in " + portfolio.folder()
					+ (portfolio.problems().isEmpty() ? "" : " (clients that did not load: see the portfolio's problems)"), null));
		}
		Branding branding = Branding.of(portfolio.portfolio(), client);
		Locale locale = request.locale() != null ? request.locale() : defaultLocale(portfolio, client);
		TemplateFiles files = templates();
		ReportLabels texts = labels.computeIfAbsent(locale.toLanguageTag(), tag -> ReportLabels.load(files.builtIn(), locale));
		ReportContext context = new ReportContext(portfolio, client, request, texts, branding, session.engine,
				session.diagnoser, maturityModels);
		ReportData data = switch (request.kind()) {
			case CLIENT -> ClientData.build(context);
			case MATURITY -> MaturityData.build(context);
			case PORTFOLIO -> PortfolioData.build(context);
			case STRATEGY -> StrategyData.build(context);
		};
		Map<String, Object> app = new HashMap<>();
		data.dataSets().forEach((name, rows) -> app.put(BirtEngine.rowsKey(name), rows));
		String whose = client == null ? "the consultancy's brand" : "the brand of client " + client.getId();
		app.put(LOGO, logos.load(portfolio.folder(), branding.logoPath(), whose));
		app.put(SECOND_LOGO, logos.load(portfolio.folder(), branding.secondLogoPath(), "the consultancy's brand"));
		app.put(BRAND_NAME, branding.leadName());
		app.put(FOOTER, branding.footer());
		app.put(PAGE_LABEL, texts.text("page.label"));
		DesignVariant variant = new DesignVariant(branding.styleKey() + "|" + texts.locale().toLanguageTag(), texts.all(),
				branding.styles(), branding.palette());
		ReportDesign design = new ReportDesign(files.design(portfolio, request.kind()), files.resources(portfolio), variant);
		try {
			BirtEngine.get().render(design, app, Map.of(), texts.locale(), OutputOptions.of(request.format().id()), out);
		} catch (ReportEngineException e) {
			throw new ReportException(request.describe() + ": " + e.getMessage(), e);
		}
		return context.warnings();
	}

	/** The client's report language; else the consultancy's brand's; else English. */
	private static Locale defaultLocale(OpenPortfolio portfolio, Client client) {
		ReportLocale chosen = client != null ? client.getReportLocale() : null;
		Brand brand = portfolio.portfolio().getBrand();
		if (chosen == null && brand != null) {
			chosen = brand.getDefaultLocale();
		}
		return Locale.forLanguageTag(chosen != null ? chosen.getLiteral() : "en");
	}

	private TemplateFiles templates() {
		TemplateFiles files = templates;
		if (files == null) {
			synchronized (this) {
				if (templates == null) {
					templates = TemplateFiles.extract();
				}
				files = templates;
			}
		}
		return files;
	}

	/** What every report of one portfolio shares: the metric engine and the diagnoser. */
	private final class Session {
		final OpenPortfolio portfolio;
		final MetricEngine engine;
		final Diagnoser diagnoser;

		Session(OpenPortfolio portfolio) {
			this.portfolio = portfolio;
			this.engine = new MetricEngine(metrics, portfolio.portfolio());
			this.diagnoser = Diagnoser.installed(extensions, maturityModels);
		}
	}
}
