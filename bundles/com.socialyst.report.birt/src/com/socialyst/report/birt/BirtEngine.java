package com.socialyst.report.birt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineConstants;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;

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

	private static BirtEngine instance;

	private final IReportEngine engine;
	private final Map<String, IReportRunnable> designs = new ConcurrentHashMap<>();

	private BirtEngine(IReportEngine engine) {
		this.engine = engine;
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
		config.getAppContext().put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtEngine.class.getClassLoader());
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
	 * Renders a report design.
	 *
	 * @param designKey names the design in the cache (a path, or a name and version); the same key must always mean
	 *            the same design
	 * @param design opens the design when it is not cached yet
	 * @param appContext objects the design's scripted data sets read
	 * @param parameters report parameters by name
	 * @param format {@code pdf}, {@code html}, {@code docx}, {@code pptx}, {@code xlsx} or another BIRT emitter id
	 * @param out receives the document; not closed
	 */
	public void render(String designKey, Supplier<InputStream> design, Map<String, Object> appContext,
			Map<String, Object> parameters, Locale locale, String format, OutputStream out) throws ReportEngineException {
		withOurClassLoader(() -> {
			IReportRunnable runnable = design(designKey, design);
			IRunAndRenderTask task = engine.createRunAndRenderTask(runnable);
			try {
				Map<String, Object> context = new HashMap<>(appContext);
				context.put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtEngine.class.getClassLoader());
				task.setAppContext(context);
				task.setParameterValues(new HashMap<>(parameters));
				task.setLocale(locale);
				task.setRenderOption(renderOption(format, out));
				task.run();
				if (!task.getErrors().isEmpty()) {
					throw new ReportEngineException(designKey + ": " + task.getErrors().get(0), null);
				}
			} catch (BirtException e) {
				throw new ReportEngineException(designKey + ": " + e.getMessage(), e);
			} finally {
				task.close();
			}
			return null;
		});
	}

	private IReportRunnable design(String key, Supplier<InputStream> design) throws ReportEngineException {
		IReportRunnable cached = designs.get(key);
		if (cached != null) {
			return cached;
		}
		try (InputStream in = Objects.requireNonNull(design.get(), key)) {
			IReportRunnable runnable = engine.openReportDesign(key, in);
			designs.putIfAbsent(key, runnable);
			return designs.get(key);
		} catch (BirtException | IOException e) {
			throw new ReportEngineException(key + ": the design cannot be read: " + e.getMessage(), e);
		}
	}

	private static IRenderOption renderOption(String format, OutputStream out) {
		RenderOption option = switch (format) {
		case "pdf" -> new PDFRenderOption();
		case "html" -> {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setEmbeddable(false);
			yield html;
		}
		default -> new RenderOption();
		};
		option.setOutputFormat(format);
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
