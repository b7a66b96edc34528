package com.socialyst.ui.internal.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import com.socialyst.ui.WidgetIds;

/**
 * Shows a generated report inside the workbench. PDF pages are rendered with PDFBox in a background job, page by
 * page, either to fill the editor's width or at their real size; other formats (DOCX, PPTX, XLSX, HTML) are named
 * with their path, to be opened in their own application. Nothing here blocks the UI thread, and every page image
 * is disposed with its label.
 */
public class ReportPreviewEditor extends EditorPart {

	public static final String ID = "com.socialyst.ui.editors.reportPreview";

	/** Widget ids (see {@link WidgetIds}). */
	public static final String PAGES_ID = "preview.pages";
	public static final String PAGE_ID = "preview.page";
	public static final String STATUS_ID = "preview.status";
	public static final String FIT_WIDTH_ID = "preview.fitWidth";
	public static final String ACTUAL_SIZE_ID = "preview.actualSize";
	public static final String OPEN_FOLDER_ID = "preview.openFolder";
	public static final String OPEN_SYSTEM_ID = "preview.openSystem";
	public static final String MESSAGE_ID = "preview.message";

	private static final int MARGIN = 12;
	/** How long a resize must rest before pages are drawn again for the new width. */
	private static final int RESIZE_DELAY_MILLIS = 200;

	private final List<Label> pageLabels = new ArrayList<>();
	private final Runnable renderAfterResize = this::renderIfWidthChanged;

	private Label status;
	private Button fitWidth;
	private Button openSystem;
	private ScrolledComposite scroller;
	private Composite pages;

	private PageRenderJob job;
	/** Counts renderings; results of an older one are dropped. Touched on the UI thread only. */
	private int generation;
	private int renderedWidth = -1;
	private FileTime renderedVersion;

	/**
	 * Opens {@code file} in the preview editor of {@code page}, or brings its editor to the front, drawing it again
	 * when the file changed since (a report generated anew). Call on the UI thread.
	 */
	public static ReportPreviewEditor open(IWorkbenchPage page, Path file) throws PartInitException {
		IEditorPart part = page.openEditor(new ReportPreviewInput(file), ID, true,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		if (!(part instanceof ReportPreviewEditor editor)) {
			throw new PartInitException("the editor " + ID + " did not open " + file);
		}
		editor.reloadIfChanged();
		return editor;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ReportPreviewInput)) {
			throw new PartInitException("the report preview shows report files, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	/** The previewed file. */
	public Path file() {
		return input().file();
	}

	private ReportPreviewInput input() {
		return (ReportPreviewInput) getEditorInput();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
		createBar(area);
		Label separator = new Label(area, SWT.SEPARATOR | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(separator);
		if (input().isPdf()) {
			createPages(area);
			status.setText(NLS.bind(Messages.statusLoading, getEditorInput().getName()));
			// The first Resize renders at the real width; this covers an editor that is never resized.
			area.getDisplay().asyncExec(() -> {
				if (!area.isDisposed() && renderedWidth < 0) {
					render();
				}
			});
		} else {
			status.setText(Messages.statusNotPdf);
			Label message = WidgetIds.tag(new Label(area, SWT.WRAP), MESSAGE_ID);
			message.setText(NLS.bind(Messages.notPdfMessage, input().extension().toUpperCase(java.util.Locale.ROOT),
					file()));
			GridDataFactory.fillDefaults().grab(true, true).indent(MARGIN, MARGIN).hint(400, SWT.DEFAULT)
					.applyTo(message);
			// Zoom means nothing without pages.
			Composite zoom = fitWidth.getParent();
			zoom.setVisible(false);
			((GridData) zoom.getLayoutData()).exclude = true;
			zoom.getParent().layout(true);
		}
	}

	private void createBar(Composite area) {
		Composite bar = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);

		status = WidgetIds.tag(new Label(bar, SWT.NONE), STATUS_ID);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

		Composite zoom = new Composite(bar, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(zoom);
		GridDataFactory.swtDefaults().applyTo(zoom);
		Label zoomLabel = new Label(zoom, SWT.NONE);
		zoomLabel.setText(Messages.zoomLabel);
		fitWidth = WidgetIds.tag(new Button(zoom, SWT.RADIO), FIT_WIDTH_ID);
		fitWidth.setText(Messages.zoomFitWidth);
		fitWidth.setSelection(true);
		Button actualSize = WidgetIds.tag(new Button(zoom, SWT.RADIO), ACTUAL_SIZE_ID);
		actualSize.setText(Messages.zoomActualSize);
		fitWidth.addListener(SWT.Selection, e -> {
			if (fitWidth.getSelection()) {
				render();
			}
		});
		actualSize.addListener(SWT.Selection, e -> {
			if (actualSize.getSelection()) {
				render();
			}
		});

		Button openFolder = WidgetIds.tag(new Button(bar, SWT.PUSH), OPEN_FOLDER_ID);
		openFolder.setText(Messages.openFolder);
		openFolder.addListener(SWT.Selection, e -> SystemFiles.openContainingFolder(getSite().getShell(), file()));
		openSystem = WidgetIds.tag(new Button(bar, SWT.PUSH), OPEN_SYSTEM_ID);
		openSystem.setText(Messages.openInSystemViewer);
		openSystem.addListener(SWT.Selection, e -> SystemFiles.openInSystemViewer(getSite().getShell(), file()));
	}

	private void createPages(Composite area) {
		scroller = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.getVerticalBar().setIncrement(32);
		scroller.getHorizontalBar().setIncrement(32);
		pages = WidgetIds.tag(new Composite(scroller, SWT.NONE), PAGES_ID);
		GridLayoutFactory.fillDefaults().margins(MARGIN, MARGIN).spacing(0, MARGIN).applyTo(pages);
		scroller.setContent(pages);
		scroller.addListener(SWT.Resize, e -> {
			if (isFitWidth()) {
				scroller.getDisplay().timerExec(RESIZE_DELAY_MILLIS, renderAfterResize);
			}
		});
	}

	private boolean isFitWidth() {
		return fitWidth != null && !fitWidth.isDisposed() && fitWidth.getSelection();
	}

	private void renderIfWidthChanged() {
		if (scroller != null && !scroller.isDisposed()
				&& Math.abs(scroller.getClientArea().width - renderedWidth) > 8) {
			render();
		}
	}

	/** Draws the pages again when the file changed since they were drawn. */
	public void reloadIfChanged() {
		if (scroller != null && !scroller.isDisposed() && renderedWidth >= 0
				&& !java.util.Objects.equals(version(), renderedVersion)) {
			render();
		}
	}

	/** Starts drawing the pages for the current zoom and width, dropping a rendering under way. */
	private void render() {
		if (scroller == null || scroller.isDisposed()) {
			return;
		}
		if (job != null) {
			job.cancel();
		}
		int current = ++generation;
		Path file = file();
		renderedWidth = scroller.getClientArea().width;
		renderedVersion = version();
		if (renderedVersion == null) {
			status.setText(NLS.bind(Messages.statusMissing, file));
			showCount(0);
			return;
		}
		Display display = scroller.getDisplay();
		PageRenderJob.Zoom zoom = new PageRenderJob.Zoom(isFitWidth(), pageWidth(), display.getDPI().x);
		job = new PageRenderJob(file, zoom, new PageRenderJob.Pages() {
			@Override
			public void count(int count) {
				onUiThread(current, () -> {
					status.setText(NLS.bind(Messages.statusPageCount, count));
					showCount(count);
				});
			}

			@Override
			public void page(int index, int count, ImageData page) {
				onUiThread(current, () -> showPage(index, count, page));
			}

			@Override
			public void failed(String reason) {
				onUiThread(current, () -> {
					status.setText(NLS.bind(Messages.statusFailed, file.getFileName(), reason));
					showCount(0);
				});
			}
		});
		job.schedule();
	}

	/** The width a page gets when it fills the editor: the visible width without margins and scroll bar. */
	private int pageWidth() {
		int width = scroller.getClientArea().width - 2 * MARGIN;
		if (!scroller.getVerticalBar().isVisible()) {
			width -= scroller.getVerticalBar().getSize().x;
		}
		return Math.max(200, width);
	}

	private FileTime version() {
		try {
			return Files.getLastModifiedTime(file());
		} catch (IOException e) {
			return null;
		}
	}

	private void onUiThread(int rendering, Runnable update) {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		pages.getDisplay().asyncExec(() -> {
			if (!pages.isDisposed() && rendering == generation) {
				update.run();
			}
		});
	}

	/** Keeps {@code count} page labels: extra ones (the file got shorter) go, with their images. */
	private void showCount(int count) {
		while (pageLabels.size() > count) {
			pageLabels.remove(pageLabels.size() - 1).dispose();
		}
		relayout();
	}

	private void showPage(int index, int count, ImageData data) {
		Label label;
		if (index < pageLabels.size()) {
			label = pageLabels.get(index);
		} else {
			label = WidgetIds.tag(new Label(pages, SWT.BORDER), PAGE_ID);
			GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).applyTo(label);
			label.addListener(SWT.Dispose, e -> {
				Image image = label.getImage();
				if (image != null) {
					image.dispose();
				}
			});
			label.getAccessible().addAccessibleListener(new AccessibleAdapter() {
				@Override
				public void getName(AccessibleEvent e) {
					e.result = label.getToolTipText();
				}
			});
			pageLabels.add(label);
		}
		Image old = label.getImage();
		label.setImage(new Image(label.getDisplay(), data));
		if (old != null) {
			old.dispose();
		}
		label.setToolTipText(NLS.bind(Messages.pageTooltip, index + 1, count));
		relayout();
	}

	private void relayout() {
		pages.layout(true);
		Point size = pages.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		scroller.setMinSize(size);
	}

	/** The page images shown now (for tests): one per page drawn so far. */
	public int pagesShown() {
		return (int) pageLabels.stream().filter(label -> !label.isDisposed() && label.getImage() != null).count();
	}

	@Override
	public void setFocus() {
		if (fitWidth != null && !fitWidth.isDisposed() && fitWidth.isVisible()) {
			fitWidth.setFocus();
		} else if (openSystem != null && !openSystem.isDisposed()) {
			openSystem.setFocus();
		}
	}

	@Override
	public void dispose() {
		generation++;
		if (job != null) {
			job.cancel();
		}
		if (scroller != null && !scroller.isDisposed()) {
			scroller.getDisplay().timerExec(-1, renderAfterResize);
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// a preview has nothing to save
	}

	@Override
	public void doSaveAs() {
		// a preview has nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
