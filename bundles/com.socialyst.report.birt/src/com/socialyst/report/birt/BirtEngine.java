package com.socialyst.report.birt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;

import org.eclipse.birt.chart.device.svg.EventHandlers;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineConstants;
import org.eclipse.birt.report.engine.api.HTMLCompleteImageHandler;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.birt.report.model.api.DesignConfig;
import org.eclipse.birt.report.model.api.DesignEngine;
import org.eclipse.birt.report.model.api.DesignFileException;
import org.eclipse.birt.report.model.api.ModuleOption;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.SessionHandle;

import com.ibm.icu.util.ULocale;
import com.socialyst.report.birt.internal.ChartImages;
import com.socialyst.report.birt.internal.DataUriImages;
import com.socialyst.report.birt.internal.DesignAdjuster;
import com.socialyst.report.birt.internal.Fonts;
import com.socialyst.report.birt.internal.RowsDataSet;

/**
 * The embedded BIRT report engine: one per process, started on first use, designs parsed once and cached, a new
 * task per report, so that several threads may render at once.
 * <p>
 * BIRT runs on its own private extension registry inside this bundle. It finds its classes through the thread's
 * context class loader, so every call into it runs with this bundle's loader set there, and the engine gets the same
 * loader as the parent of the loaders it makes for scripts and event handlers.
 * </p>
 */
public final class BirtEngine {

	private static final int MAX_DESIGNS = 64;

	private static BirtEngine instance;

	private final IReportEngine engine;
	private final DesignEngine designEngine;
	/**
	 * Prepared designs, the most recently used kept: a design with its library takes a few megabytes, and a batch over
	 * a thousand co-branded clients would otherwise keep a thousand variants.
	 */
	private final Map<String, CompletableFuture<IReportRunnable>> designs = new LinkedHashMap<>(64, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<IReportRunnable>> eldest) {
			return size() > MAX_DESIGNS;
		}
	};

	private BirtEngine(IReportEngine engine) {
		this.engine = engine;
		this.designEngine = new DesignEngine(new DesignConfig());
	}

	/** The engine, started on the first call (about a second). */
	public static synchronized BirtEngine get() throws ReportEngineException {
		if (instance == null) {
			instance = withOurClassLoader(BirtEngine::start);
		}
		return instance;
	}

	private static BirtEngine start() throws ReportEngineException {
		EngineConfig config = new EngineConfig();
		config.setLogConfig(null, Level.WARNING);
		config.setFontConfig(Fonts.extract());
		config.getAppContext().put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtEngine.class.getClassLoader());
		// BIRT copies a 39 KB script (context menus for browsers) into every SVG chart, which the PDF writer then
		// parses and ignores: a third of a chart's cost. Our SVG charts only ever go into PDFs (HTML and office formats
		// get PNG, see OutputOptions), so the script is left out.
		EventHandlers.CONTENT = "";
		try {
			Platform.startup(config);
		} catch (BirtException e) {
			throw new ReportEngineException("the report engine cannot start: " + e.getMessage(), e);
		}
		IReportEngineFactory factory = (IReportEngineFactory) Platform
				.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
		if (factory == null) {
			throw new ReportEngineException("the report engine cannot start: BIRT's engine factory is not registered", null);
		}
		return new BirtEngine(factory.createReportEngine(config));
	}

	/**
	 * Renders a report.
	 *
	 * @param design the design file, where its resources are and what to change in it for this report
	 * @param appContext objects the design's data sets and scripts read (see {@link #rowsKey(String)})
	 * @param parameters report parameters by name
	 * @param locale the language of the report's dates and numbers (and of BIRT's own resource lookup)
	 * @param output the format and, for HTML, where images go
	 * @param out receives the document; not closed
	 */
	public void render(ReportDesign design, Map<String, Object> appContext, Map<String, Object> parameters,
			Locale locale, OutputOptions output, OutputStream out) throws ReportEngineException {
		String name = design.file().getFileName().toString();
		withOurClassLoader(() -> {
			IReportRunnable runnable = runnable(design);
			IRunAndRenderTask task = engine.createRunAndRenderTask(runnable);
			try {
				Map<String, Object> context = new HashMap<>(appContext);
				context.put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtEngine.class.getClassLoader());
				task.setAppContext(context);
				task.setParameterValues(new HashMap<>(parameters));
				task.setLocale(locale);
				task.setRenderOption(renderOption(output, out));
				task.run();
				if (!task.getErrors().isEmpty()) {
					throw new ReportEngineException(name + ": " + describe(task.getErrors().get(0)), null);
				}
			} catch (BirtException e) {
				throw new ReportEngineException(name + ": " + e.getMessage(), e);
			} finally {
				task.close();
			}
			return null;
		});
	}

	/**
	 * Draws a trend chart to PNG with the chart engine the reports use (the workbench's dashboard shows these).
	 *
	 * @param width width in pixels
	 * @param height height in pixels
	 * @param locale the language of the number labels
	 */
	public byte[] trendChartPng(TrendChart chart, int width, int height, Locale locale) throws ReportEngineException {
		return withOurClassLoader(() -> {
			try {
				return ChartImages.png(chart, width, height, locale);
			} catch (org.eclipse.birt.chart.exception.ChartException | RuntimeException e) {
				throw new ReportEngineException("the chart '" + chart.title() + "' cannot be drawn: " + e.getMessage(), e);
			}
		});
	}

	/** The app context key under which {@link #render} expects the rows of the scripted data set {@code dataSet}. */
	public static String rowsKey(String dataSet) {
		return RowsDataSet.KEY_PREFIX + dataSet;
	}

	/** The event handler class our scripted data sets name; a custom design uses it to read the same rows. */
	public static final String ROWS_HANDLER = "com.socialyst.report.birt.internal.RowsDataSet";

	private static String describe(Object error) {
		Throwable cause = error instanceof Throwable t ? t : null;
		while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause != null && cause != error && cause.getMessage() != null ? error + " (" + cause.getMessage() + ")"
				: String.valueOf(error);
	}

	/**
	 * The design prepared for a variant: opened, adjusted and parsed once per file version and variant. Different
	 * variants are prepared in parallel (a batch of co-branded clients needs one per client); a thread asking for a
	 * variant another thread is preparing waits for it.
	 */
	private IReportRunnable runnable(ReportDesign design) throws ReportEngineException {
		Path file = design.file().toAbsolutePath();
		String key;
		try {
			key = file + "|" + Files.getLastModifiedTime(file).toMillis() + "|" + Files.size(file) + "|"
					+ design.resourceFolder() + "|" + design.variant().key();
		} catch (IOException e) {
			throw new ReportEngineException(file + ": the design cannot be read: " + e.getMessage(), e);
		}
		CompletableFuture<IReportRunnable> mine = new CompletableFuture<>();
		CompletableFuture<IReportRunnable> existing;
		synchronized (designs) {
			existing = designs.putIfAbsent(key, mine);
		}
		if (existing != null) {
			try {
				return existing.join();
			} catch (CompletionException e) {
				throw e.getCause() instanceof ReportEngineException cause ? cause
						: new ReportEngineException(file + ": " + e.getCause().getMessage(), e.getCause());
			}
		}
		try {
			IReportRunnable runnable = open(file, design);
			mine.complete(runnable);
			return runnable;
		} catch (ReportEngineException | RuntimeException e) {
			synchronized (designs) {
				designs.remove(key, mine);
			}
			mine.completeExceptionally(e);
			throw e;
		}
	}

	private IReportRunnable open(Path file, ReportDesign design) throws ReportEngineException {
		try {
			SessionHandle session = designEngine.newSessionHandle(ULocale.ENGLISH);
			ModuleOption options = new ModuleOption();
			if (design.resourceFolder() != null) {
				options.setResourceFolder(design.resourceFolder().toString());
			}
			ReportDesignHandle handle = session.openDesign(file.toString(), options);
			DesignAdjuster.apply(handle, design.variant());
			return engine.openReportDesign(handle);
		} catch (DesignFileException e) {
			throw new ReportEngineException(file + ": the design cannot be read: " + firstError(e), e);
		} catch (BirtException | RuntimeException e) {
			throw new ReportEngineException(file + ": the design cannot be prepared: " + e.getMessage(), e);
		}
	}

	private static String firstError(DesignFileException e) {
		List<?> errors = e.getErrorList();
		return errors == null || errors.isEmpty() ? e.getMessage() : String.valueOf(errors.get(0));
	}

	private static IRenderOption renderOption(OutputOptions output, OutputStream out) {
		RenderOption option = switch (output.format()) {
		case "pdf" -> {
			PDFRenderOption pdf = new PDFRenderOption();
			pdf.setEmbededFont(true);
			// SVG lets the PDF emitter draw charts as vectors
			pdf.setSupportedImageFormats("PNG;GIF;JPG;BMP;SVG");
			yield pdf;
		}
		case "html" -> {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setEmbeddable(false);
			html.setSupportedImageFormats("PNG;GIF;JPG;BMP");
			if (output.htmlImages() == null) {
				html.setImageHandler(new DataUriImages());
			} else {
				html.setImageHandler(new HTMLCompleteImageHandler());
				html.setImageDirectory(output.htmlImages().toString());
				html.setBaseImageURL(output.htmlImagesUrl());
			}
			yield html;
		}
		default -> {
			RenderOption office = new RenderOption();
			office.setSupportedImageFormats("PNG;GIF;JPG;BMP");
			yield office;
		}
		};
		option.setOutputFormat(output.format());
		option.setOutputStream(out);
		return option;
	}

	/** Work that BIRT may do only with this bundle's class loader as the thread's context loader. */
	@FunctionalInterface
	private interface EngineWork<T> {
		T run() throws ReportEngineException;
	}

	private static <T> T withOurClassLoader(EngineWork<T> work) throws ReportEngineException {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(BirtEngine.class.getClassLoader());
		try {
			return work.run();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
