package com.socialyst.ui.internal.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.ImageData;

/**
 * Renders the pages of a PDF one by one, off the UI thread, handing each to {@link Pages} as soon as it is ready so
 * the first page shows while the others render. Cancelling stops before the next page.
 */
final class PageRenderJob extends Job {

	/** The job family of every preview rendering, for tests and for cancelling them all. */
	static final Object FAMILY = PageRenderJob.class;

	/** Where rendered pages go; called on the job's thread. */
	interface Pages {
		void count(int pages);

		void page(int index, int count, ImageData page);

		void failed(String reason);
	}

	/**
	 * How large pages are drawn.
	 *
	 * @param fitWidth whether pages fill {@code width} pixels; otherwise they are drawn at their real size
	 * @param width the width to fill, in pixels
	 * @param screenDpi the screen's dots per inch, for real size
	 */
	record Zoom(boolean fitWidth, int width, float screenDpi) {

		/** Fewer dots per inch make pages unreadable, more make images of tens of megabytes for no visible gain. */
		private static final float MIN_DPI = 18;
		private static final float MAX_DPI = 300;

		float dpi(PDPage page) {
			if (!fitWidth) {
				return clamp(screenDpi);
			}
			PDRectangle box = page.getCropBox();
			boolean turned = page.getRotation() % 180 != 0;
			float points = turned ? box.getHeight() : box.getWidth();
			return points <= 0 ? clamp(screenDpi) : clamp(width * 72f / points);
		}

		private static float clamp(float dpi) {
			return Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
		}
	}

	private final Path file;
	private final Zoom zoom;
	private final Pages pages;

	PageRenderJob(Path file, Zoom zoom, Pages pages) {
		super(NLS.bind(Messages.renderJob, file.getFileName()));
		this.file = file;
		this.zoom = zoom;
		this.pages = pages;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			int count = document.getNumberOfPages();
			pages.count(count);
			SubMonitor progress = SubMonitor.convert(monitor, getName(), count);
			PDFRenderer renderer = new PDFRenderer(document);
			for (int index = 0; index < count; index++) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				progress.subTask(NLS.bind(Messages.pageTooltip, index + 1, count));
				float dpi = zoom.dpi(document.getPage(index));
				BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
				pages.page(index, count, ImageConversion.toImageData(image));
				image.flush();
				progress.worked(1);
			}
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			// A broken or encrypted file is the editor's message to show, not an error dialog of the job.
			pages.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
