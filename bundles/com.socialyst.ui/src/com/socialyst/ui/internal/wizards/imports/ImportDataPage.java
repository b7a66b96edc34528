package com.socialyst.ui.internal.wizards.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import com.socialyst.core.imports.ImportFormat;
import com.socialyst.core.imports.ImportOptions;
import com.socialyst.core.imports.ImportProblem;
import com.socialyst.core.imports.ImportRequest;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Platform;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * The one page of the Import Data wizard: client, file, format, channel and options; a preview of the file's first
 * rows; and, after a refused import, every problem with its file, line and column.
 */
final class ImportDataPage extends WizardPage {

	/** Formats in the order of the format combo, after its first item (detect). */
	private static final ImportFormat[] FORMATS = { ImportFormat.GENERIC, ImportFormat.X, ImportFormat.META,
			ImportFormat.LINKEDIN, ImportFormat.GA4, ImportFormat.MENTIONS };

	private static final String[] DATE_FORMATS = { "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "d MMM yyyy" };

	private static final String LAST_FOLDER = "lastFolder";

	private final List<Client> clients;
	private final Client initial;

	private Combo client;
	private Text file;
	private Combo format;
	private Combo channel;
	private Label channelHint;
	private Combo dateFormat;
	private Button skipBadRows;
	private Button replace;
	private Table preview;
	private Label problemsLabel;
	private Table problems;

	private FilePreview shown;
	private String previewProblem;
	private String refusal;

	ImportDataPage(List<Client> clients, Client initial) {
		super("importData");
		this.clients = clients;
		this.initial = initial;
		setTitle(Messages.pageTitle);
		setDescription(Messages.pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		initializeDialogUnits(page); // for the width of the Browse button
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		label(page, Messages.clientLabel);
		client = WidgetIds.tag(new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN), ImportDataWizard.CLIENT_ID);
		clients.forEach(c -> client.add(c.getName() + " (" + c.getId() + ")"));
		client.setVisibleItemCount(Math.min(20, Math.max(1, clients.size())));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(client);

		label(page, Messages.fileLabel);
		file = WidgetIds.tag(new Text(page, SWT.BORDER | SWT.SINGLE), ImportDataWizard.FILE_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		Button browse = WidgetIds.tag(new Button(page, SWT.PUSH), ImportDataWizard.BROWSE_ID);
		browse.setText(Messages.browse);
		setButtonLayoutData(browse);

		label(page, Messages.formatLabel);
		format = WidgetIds.tag(new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN), ImportDataWizard.FORMAT_ID);
		format.add(Messages.formatAuto);
		for (ImportFormat f : FORMATS) {
			format.add(name(f));
		}
		format.select(0);
		format.setVisibleItemCount(FORMATS.length + 1);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);

		label(page, Messages.channelLabel);
		channel = WidgetIds.tag(new Combo(page, SWT.DROP_DOWN), ImportDataWizard.CHANNEL_ID);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(channel);
		new Label(page, SWT.NONE);
		channelHint = hint(page, Messages.channelHint);

		label(page, Messages.dateFormatLabel);
		dateFormat = WidgetIds.tag(new Combo(page, SWT.DROP_DOWN), ImportDataWizard.DATE_FORMAT_ID);
		dateFormat.setItems(DATE_FORMATS);
		dateFormat.setToolTipText(Messages.dateFormatHint);
		GridDataFactory.fillDefaults().span(2, 1).hint(160, SWT.DEFAULT).applyTo(dateFormat);
		new Label(page, SWT.NONE);
		hint(page, Messages.dateFormatHint);

		skipBadRows = WidgetIds.tag(new Button(page, SWT.CHECK), ImportDataWizard.SKIP_BAD_ROWS_ID);
		skipBadRows.setText(Messages.skipBadRows);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(skipBadRows);
		Label skipHint = new Label(page, SWT.WRAP); // all or nothing is the rule to know before finishing
		skipHint.setText(Messages.skipBadRowsHint);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).indent(20, 0).hint(480, SWT.DEFAULT)
				.applyTo(skipHint);
		replace = WidgetIds.tag(new Button(page, SWT.CHECK), ImportDataWizard.REPLACE_ID);
		replace.setText(Messages.replace);
		replace.setToolTipText(Messages.replaceHint);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(replace);

		Label previewLabel = new Label(page, SWT.NONE);
		previewLabel.setText(Messages.previewLabel);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(previewLabel);
		preview = WidgetIds.tag(new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL),
				ImportDataWizard.PREVIEW_ID);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1)
				.hint(560, preview.getItemHeight() * (FilePreview.ROWS + 1) + preview.getHeaderHeight())
				.applyTo(preview);

		problemsLabel = new Label(page, SWT.NONE);
		problemsLabel.setText(Messages.problemsLabel);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(problemsLabel);
		problems = WidgetIds.tag(new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL),
				ImportDataWizard.ERRORS_ID);
		problems.setHeaderVisible(true);
		problems.setLinesVisible(true);
		column(problems, Messages.problemsFile, 140);
		column(problems, Messages.problemsLine, 50);
		column(problems, Messages.problemsColumn, 120);
		column(problems, Messages.problemsReason, 360);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(560, problems.getItemHeight() * 6)
				.applyTo(problems);
		showProblemsArea(false);

		client.addListener(SWT.Selection, e -> clientChanged());
		file.addListener(SWT.Modify, e -> fileChanged());
		browse.addListener(SWT.Selection, e -> browse());
		// a changed option makes the last refusal history: its problems stay listed, its message goes
		channel.addListener(SWT.Modify, e -> optionChanged());
		format.addListener(SWT.Selection, e -> optionChanged());
		dateFormat.addListener(SWT.Modify, e -> optionChanged());
		skipBadRows.addListener(SWT.Selection, e -> optionChanged());
		replace.addListener(SWT.Selection, e -> optionChanged());

		int index = initial == null ? -1 : clients.indexOf(initial);
		if (index < 0 && clients.size() == 1) {
			index = 0;
		}
		if (index >= 0) {
			client.select(index);
		}
		clientChanged();
		setControl(page);
		if (getErrorMessage() != null) { // nothing is wrong before the user has done anything: say what to do
			setMessage(getErrorMessage());
			setErrorMessage(null);
		}
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			(client.getSelectionIndex() < 0 ? client : file).setFocus();
		}
	}

	/** The chosen client; null when none is. */
	Client client() {
		int index = client.getSelectionIndex();
		return index < 0 ? null : clients.get(index);
	}

	/**
	 * The import the page describes.
	 *
	 * @throws IllegalArgumentException when it is incomplete (the page is then not complete either)
	 */
	ImportRequest request() {
		Client chosen = client();
		if (chosen == null) {
			throw new IllegalArgumentException(Messages.needClient);
		}
		int formatIndex = format.getSelectionIndex();
		ImportFormat chosenFormat = formatIndex <= 0 ? ImportFormat.AUTO : FORMATS[formatIndex - 1];
		ImportOptions options = new ImportOptions(chosenFormat, dateFormat.getText().strip(),
				skipBadRows.getSelection(), replace.getSelection());
		String channelText = channel.getText().strip();
		Path chosenFile = path();
		if (chosenFile == null) {
			throw new IllegalArgumentException(Messages.needFile);
		}
		return new ImportRequest(chosen.getId(), channelText.isEmpty() ? null : channelText, List.of(chosenFile),
				options);
	}

	/** Shows why the import was refused: every problem, in the order the importer found them. */
	void showProblems(List<ImportProblem> found) {
		problems.removeAll();
		for (ImportProblem problem : found) {
			TableItem item = new TableItem(problems, SWT.NONE);
			item.setText(new String[] { problem.file() == null ? "" : String.valueOf(problem.file().getFileName()),
					problem.line() > 0 ? Integer.toString(problem.line()) : "",
					problem.column() <= 0 ? ""
							: problem.columnName() == null ? Integer.toString(problem.column())
									: problem.column() + " (" + problem.columnName() + ")",
					problem.reason() });
		}
		refusal = NLS.bind(skipBadRows.getSelection() ? Messages.refused : Messages.refusedSkipHint, found.size());
		showProblemsArea(!found.isEmpty());
		validate();
		if (!found.isEmpty()) {
			problems.setSelection(0);
		}
	}

	/** Clears the problems of an earlier attempt. */
	void clearProblems() {
		problems.removeAll();
		refusal = null;
		showProblemsArea(false);
	}

	/** Shows an error that is not about a place in the file (a channel that does not exist, a failed save). */
	void showFailure(String message) {
		refusal = message;
		validate();
	}

	private void showProblemsArea(boolean show) {
		for (Control control : new Control[] { problemsLabel, problems }) {
			control.setVisible(show);
			((GridData) control.getLayoutData()).exclude = !show;
		}
		Composite page = problems.getParent();
		page.layout(true, true);
		if (show) {
			growShellToFit(page);
		}
	}

	/** Makes the dialog tall enough for the problems table, within the screen. */
	private static void growShellToFit(Composite page) {
		Shell shell = page.getShell();
		Point needed = page.computeSize(page.getSize().x, SWT.DEFAULT);
		int missing = needed.y - page.getSize().y;
		if (missing > 0) {
			Rectangle screen = shell.getMonitor().getClientArea();
			Rectangle bounds = shell.getBounds();
			int height = Math.min(screen.height, bounds.height + missing);
			int y = Math.max(screen.y, Math.min(bounds.y, screen.y + screen.height - height));
			shell.setBounds(bounds.x, y, bounds.width, height);
			shell.layout(true, true);
		}
	}

	private void optionChanged() {
		refusal = null;
		validate();
	}

	private void clientChanged() {
		Client chosen = client();
		String typed = channel.getText();
		channel.removeAll();
		if (chosen != null) {
			for (ChannelAccount account : chosen.getChannels()) {
				channel.add(channelName(account));
			}
		}
		channel.setText(typed);
		suggestChannel();
		validate();
	}

	private void fileChanged() {
		clearProblems();
		Path path = path();
		if (path != null && Files.isRegularFile(path)) {
			try {
				shown = FilePreview.read(path);
				previewProblem = null;
			} catch (IOException | RuntimeException e) {
				shown = null;
				previewProblem = e.getMessage() == null ? e.toString() : e.getMessage();
			}
			fillPreview();
			suggestChannel();
		} else {
			shown = null;
			previewProblem = null;
			fillPreview();
		}
		validate();
	}

	private void fillPreview() {
		preview.setRedraw(false);
		try {
			preview.removeAll();
			for (TableColumn column : preview.getColumns()) {
				column.dispose();
			}
			int selected = format.getSelectionIndex();
			format.setItem(0, shown == null ? Messages.formatAuto
					: shown.guess() == null ? Messages.formatAutoUnrecognised
							: NLS.bind(Messages.formatAutoDetected, name(shown.guess())));
			format.select(selected); // GTK drops the selection of an item whose text changes
			if (shown == null) {
				preview.setToolTipText(previewProblem == null ? null : NLS.bind(Messages.previewFailed, previewProblem));
				return;
			}
			preview.setToolTipText(shown.rows().isEmpty() ? Messages.previewEmpty : null);
			column(preview, Messages.previewLine, 50).setAlignment(SWT.RIGHT);
			for (String name : shown.header()) {
				column(preview, name, 80);
			}
			for (FilePreview.Row row : shown.rows()) {
				TableItem item = new TableItem(preview, SWT.NONE);
				item.setText(0, Integer.toString(row.line()));
				for (int i = 0; i < row.cells().size() && i < shown.header().size(); i++) {
					item.setText(i + 1, row.cells().get(i));
				}
			}
			for (TableColumn column : preview.getColumns()) {
				column.pack(); // as wide as header and cells, within reason
				column.setWidth(Math.max(40, Math.min(240, column.getWidth())));
			}
		} finally {
			preview.setRedraw(true);
		}
		channelHint.setText(shown != null && shown.namesChannels() ? Messages.channelNamedInFile : Messages.channelHint);
	}

	/** Fills in the channel when the file's platform matches exactly one account of the client. */
	private void suggestChannel() {
		Client chosen = client();
		if (chosen == null || shown == null || shown.guess() == null || !channel.getText().isBlank()) {
			return;
		}
		List<Platform> platforms = switch (shown.guess()) {
			case X -> List.of(Platform.X);
			case LINKEDIN -> List.of(Platform.LINKEDIN);
			case META -> List.of(Platform.FACEBOOK, Platform.INSTAGRAM);
			default -> List.of();
		};
		List<ChannelAccount> matches = chosen.getChannels().stream().filter(a -> platforms.contains(a.getPlatform()))
				.toList();
		if (matches.size() == 1) {
			channel.setText(channelName(matches.get(0)));
		}
	}

	private void validate() {
		Client chosen = client();
		Path path = path();
		String error = null;
		if (chosen == null) {
			error = Messages.needClient;
		} else if (file.getText().isBlank()) {
			error = Messages.needFile;
		} else if (path == null || !Files.isRegularFile(path)) {
			error = NLS.bind(Messages.fileMissing, file.getText().strip());
		} else if (channel.getText().isBlank() && needsChannel()) {
			error = Messages.needChannel;
		}
		setPageComplete(error == null);
		if (error == null && refusal != null) {
			error = refusal;
		}
		setErrorMessage(error);
		if (previewProblem != null) {
			setMessage(NLS.bind(Messages.previewFailed, previewProblem), IMessageProvider.WARNING);
		} else if (chosen != null && PortfolioSession.get().isDirty(chosen)) {
			setMessage(NLS.bind(Messages.clientDirty, chosen.getName()), IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
	}

	/** Whether the file's rows need a channel named here: all but mentions and long files with a channel column. */
	private boolean needsChannel() {
		int formatIndex = format.getSelectionIndex();
		if (formatIndex > 0 && FORMATS[formatIndex - 1] == ImportFormat.MENTIONS) {
			return false;
		}
		return shown != null && shown.guess() != null && !shown.namesChannels();
	}

	private Path path() {
		String text = file.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.SHEET);
		dialog.setText(Messages.browseTitle);
		dialog.setFilterExtensions(new String[] { "*.csv;*.tsv;*.txt;*.CSV;*.TSV;*.TXT", "*" });
		dialog.setFilterNames(new String[] { Messages.filterCsv, Messages.filterAll });
		IDialogSettings settings = getDialogSettings();
		Path current = path();
		if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
			dialog.setFilterPath(current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		} else if (settings != null && settings.get(LAST_FOLDER) != null) {
			dialog.setFilterPath(settings.get(LAST_FOLDER));
		}
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
			file.setSelection(chosen.length());
			if (settings != null && Path.of(chosen).getParent() != null) {
				settings.put(LAST_FOLDER, Path.of(chosen).getParent().toString());
			}
		}
		file.setFocus();
	}

	private static String channelName(ChannelAccount account) {
		String platform = account.getPlatform() == null ? "" : account.getPlatform().getLiteral();
		return account.getHandle() == null || account.getHandle().isBlank() ? platform
				: platform + ":" + account.getHandle();
	}

	static String name(ImportFormat format) {
		return switch (format) {
			case AUTO -> Messages.formatAuto;
			case GENERIC -> Messages.formatGeneric;
			case X -> Messages.formatX;
			case META -> Messages.formatMeta;
			case LINKEDIN -> Messages.formatLinkedin;
			case GA4 -> Messages.formatGa4;
			case MENTIONS -> Messages.formatMentions;
		};
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	/** A line of help below an input (default colours: a greyed hint is hard to read). */
	private static Label hint(Composite parent, String text) {
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(hint);
		return hint;
	}

	private static TableColumn column(Table table, String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
		return column;
	}
}
