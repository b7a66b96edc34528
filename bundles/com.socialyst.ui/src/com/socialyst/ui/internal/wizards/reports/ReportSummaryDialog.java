package com.socialyst.ui.internal.wizards.reports;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import com.socialyst.report.BatchResult;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.preview.ReportPreviewEditor;
import com.socialyst.ui.internal.preview.SystemFiles;

/**
 * What a batch of reports came to: how many were written and where, each failure with its reason, and the
 * warnings to look at before sending (a commentary still in draft …). Offers to preview the first report and to
 * open the folder.
 */
public final class ReportSummaryDialog extends Dialog {

	/** Widget ids (see {@link WidgetIds}). */
	public static final String HEADLINE_ID = "reports.summary.headline";
	public static final String DETAILS_ID = "reports.summary.details";
	public static final String PREVIEW_ID = "reports.summary.preview";
	public static final String OPEN_FOLDER_ID = "reports.summary.openFolder";

	private static final int PREVIEW = IDialogConstants.CLIENT_ID + 1;
	private static final int OPEN_FOLDER = IDialogConstants.CLIENT_ID + 2;

	private final Path folder;
	private final BatchResult result;
	private final List<String> notLoaded;

	public ReportSummaryDialog(Shell parent, Path folder, BatchResult result, List<String> notLoaded) {
		super(parent);
		this.folder = folder;
		this.result = result;
		this.notLoaded = List.copyOf(notLoaded);
	}

	/** Opens the summary without waiting for it to be closed; call on the UI thread. */
	public static ReportSummaryDialog show(Shell parent, Path folder, BatchResult result, List<String> notLoaded) {
		ReportSummaryDialog dialog = new ReportSummaryDialog(parent, folder, result, notLoaded);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	/** The report the Preview button opens: the first PDF written, else the first file written; null if none. */
	public Path previewTarget() {
		return result.written().stream().filter(file -> file.getFileName().toString().endsWith(".pdf")).findFirst()
				.orElse(result.written().isEmpty() ? null : result.written().get(0));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.summaryTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
		int failed = result.failed().size() + notLoaded.size();
		Label headline = WidgetIds.tag(new Label(area, SWT.WRAP), HEADLINE_ID);
		headline.setText(NLS.bind(Messages.summaryHeadline, result.written().size(), failed));
		headline.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);

		Label where = new Label(area, SWT.WRAP);
		where.setText(NLS.bind(Messages.summaryFolder, folder.toAbsolutePath()));
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(where);

		Label detailsLabel = new Label(area, SWT.NONE);
		detailsLabel.setText(Messages.summaryDetails);
		Text details = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL),
				DETAILS_ID);
		details.setText(details());
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(details);
		return area;
	}

	/** Written files, failures with reasons, warnings, each under its heading; the text a consultant may copy. */
	String details() {
		StringBuilder text = new StringBuilder();
		if (result.cancelled()) {
			text.append(Messages.summaryCancelled).append("\n\n");
		}
		section(text, Messages.summaryFailed, result.failed().stream().map(BatchResult.Failure::reason).toList());
		section(text, Messages.summaryNotLoadedHeading, notLoaded);
		section(text, Messages.summaryWarnings, result.warnings());
		section(text, Messages.summaryWritten,
				result.written().stream().map(file -> file.getFileName().toString()).toList());
		return text.toString().strip();
	}

	private static void section(StringBuilder text, String heading, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		text.append(NLS.bind(heading, lines.size())).append('\n');
		lines.forEach(line -> text.append("  ").append(line).append('\n'));
		text.append('\n');
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button preview = WidgetIds.tag(createButton(parent, PREVIEW, Messages.summaryPreview, false), PREVIEW_ID);
		preview.setEnabled(previewTarget() != null);
		WidgetIds.tag(createButton(parent, OPEN_FOLDER, Messages.summaryOpenFolder, false), OPEN_FOLDER_ID);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == PREVIEW) {
			Path target = previewTarget();
			Shell parent = getParentShell();
			close(); // the preview is an editor of the window this modal dialog would keep out of reach
			preview(parent, target);
		} else if (buttonId == OPEN_FOLDER) {
			SystemFiles.openContainingFolder(getShell(), folder);
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private static void preview(Shell parent, Path file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			ReportPreviewEditor.open(page, file);
		} catch (PartInitException e) {
			MessageDialog.openError(parent, Messages.summaryTitle, NLS.bind(Messages.previewFailed, file, e.getMessage()));
		}
	}
}
