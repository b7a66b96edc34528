package com.socialyst.ui.internal.wizards.reports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.kpi.Period;
import com.socialyst.model.Client;
import com.socialyst.model.ReportLocale;
import com.socialyst.report.ReportFormat;
import com.socialyst.report.ReportKind;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.UiPreferences;

/** The one page of the Generate Reports wizard: kind, clients, period, format, language and folder. */
final class GenerateReportsPage extends WizardPage {

	/** The kinds in the order a consultant thinks of them (the command line's order). */
	static final List<ReportKind> KINDS = List.of(ReportKind.CLIENT, ReportKind.MATURITY, ReportKind.STRATEGY,
			ReportKind.PORTFOLIO);
	static final List<ReportFormat> FORMATS = List.of(ReportFormat.values());
	/** The report languages; index 0 of the language combo is "each client's own". */
	static final List<ReportLocale> LANGUAGES = ReportLocale.VALUES;

	private final OpenPortfolio portfolio;
	private final Set<String> preselected;
	private final int clientCount;

	private Combo kind;
	private CheckboxTableViewer clients;
	private Button selectAll;
	private Button selectNone;
	private Combo period;
	private Combo format;
	private Combo language;
	private Text folder;

	GenerateReportsPage(OpenPortfolio portfolio, Set<String> preselectedClientIds) {
		super("generateReports");
		this.portfolio = portfolio;
		this.preselected = Set.copyOf(preselectedClientIds);
		this.clientCount = portfolio.clients().size();
		setTitle(Messages.pageTitle);
		setDescription(Messages.pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		label(page, Messages.kindLabel);
		kind = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), GenerateReportsWizard.KIND_ID);
		kind.setItems(KINDS.stream().map(GenerateReportsPage::kindName).toArray(String[]::new));
		kind.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);
		kind.addListener(SWT.Selection, e -> {
			updateClientsEnablement();
			validate();
		});

		createClients(page);

		label(page, Messages.periodLabel);
		period = WidgetIds.tag(new Combo(page, SWT.DROP_DOWN), GenerateReportsWizard.PERIOD_ID);
		period.setItems(recentPeriods(LocalDate.now()));
		period.select(0);
		period.setToolTipText(Messages.periodHint);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(period);
		new Label(page, SWT.NONE); // the hint goes under the field
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.periodHint);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(hint);
		period.addListener(SWT.Modify, e -> validate());

		label(page, Messages.formatLabel);
		format = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), GenerateReportsWizard.FORMAT_ID);
		format.setItems(FORMATS.stream().map(GenerateReportsPage::formatName).toArray(String[]::new));
		format.select(FORMATS.indexOf(ReportFormat.PDF));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(format);

		label(page, Messages.languageLabel);
		language = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), GenerateReportsWizard.LANGUAGE_ID);
		List<String> languages = new ArrayList<>();
		languages.add(Messages.languageClients);
		LANGUAGES.forEach(locale -> languages.add(languageName(locale)));
		language.setItems(languages.toArray(String[]::new));
		language.select(defaultLanguageIndex());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(language);

		label(page, Messages.folderLabel);
		folder = WidgetIds.tag(new Text(page, SWT.BORDER | SWT.SINGLE), GenerateReportsWizard.FOLDER_ID);
		folder.setText(UiPreferences.reportFolder(portfolio.folder()).toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(folder);
		folder.addListener(SWT.Modify, e -> validate());
		Button browse = WidgetIds.tag(new Button(page, SWT.PUSH), GenerateReportsWizard.BROWSE_ID);
		browse.setText(Messages.browse);
		browse.addListener(SWT.Selection, e -> browse());

		updateClientsEnablement();
		setControl(page);
		validate();
	}

	private void createClients(Composite page) {
		Label label = label(page, Messages.clientsLabel);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		clients = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		WidgetIds.tag(clients.getTable(), GenerateReportsWizard.CLIENTS_ID);
		clients.getTable().setHeaderVisible(true);
		column(Messages.clientsColumnName, 220, Client::getName);
		column(Messages.clientsColumnId, 150, Client::getId);
		column(Messages.clientsColumnLanguage, 80,
				client -> client.getReportLocale() == null ? "" : client.getReportLocale().getLiteral());
		clients.setContentProvider(ArrayContentProvider.getInstance());
		List<Client> all = portfolio.clients();
		clients.setInput(all);
		clients.setCheckedElements(all.stream().filter(client -> preselected.contains(client.getId())).toArray());
		all.stream().filter(client -> preselected.contains(client.getId())).findFirst().ifPresent(clients::reveal);
		clients.addCheckStateListener(e -> validate());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 180).applyTo(clients.getTable());

		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		selectAll = WidgetIds.tag(new Button(buttons, SWT.PUSH), GenerateReportsWizard.SELECT_ALL_ID);
		selectAll.setText(Messages.selectAll);
		selectAll.addListener(SWT.Selection, e -> {
			clients.setAllChecked(true);
			validate();
		});
		GridDataFactory.fillDefaults().applyTo(selectAll);
		selectNone = WidgetIds.tag(new Button(buttons, SWT.PUSH), GenerateReportsWizard.SELECT_NONE_ID);
		selectNone.setText(Messages.selectNone);
		selectNone.addListener(SWT.Selection, e -> {
			clients.setAllChecked(false);
			validate();
		});
		GridDataFactory.fillDefaults().applyTo(selectNone);
	}

	private void column(String title, int width, Function<Client, String> text) {
		TableViewerColumn column = new TableViewerColumn(clients, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Client) element);
				return value == null ? "" : value;
			}
		});
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private void updateClientsEnablement() {
		boolean perClient = selectedKind().perClient();
		clients.getTable().setEnabled(perClient);
		selectAll.setEnabled(perClient);
		selectNone.setEnabled(perClient);
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SHEET);
		dialog.setText(Messages.browseTitle);
		dialog.setMessage(Messages.browseMessage);
		String current = folder.getText().strip();
		if (!current.isEmpty()) {
			dialog.setFilterPath(current);
		}
		String chosen = dialog.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	/**
	 * Missing input is asked for in the message area and keeps Finish disabled; wrong input is an error. The
	 * message of a complete page says how many reports Finish writes.
	 */
	private void validate() {
		String error = null;
		String missing = null;
		ReportKind chosenKind = selectedKind();
		if (chosenKind.perClient() && clients.getCheckedElements().length == 0) {
			missing = Messages.missingClients;
		}
		if (selectedPeriod() == null) {
			error = Messages.errorPeriod;
		}
		Path target = null;
		String folderText = folder.getText().strip();
		if (folderText.isEmpty()) {
			missing = missing != null ? missing : Messages.missingFolder;
		} else {
			target = folderPath(folderText);
			if (target == null) {
				error = error != null ? error : NLS.bind(Messages.errorFolderInvalid, folderText);
			} else if (Files.exists(target) && !Files.isDirectory(target)) {
				error = error != null ? error : NLS.bind(Messages.errorFolderIsFile, target);
			}
		}
		setErrorMessage(error);
		if (error == null && missing == null) {
			int count = chosenKind.perClient() ? clients.getCheckedElements().length : 1;
			setMessage(NLS.bind(Messages.readyMessage, count, target), IMessageProvider.INFORMATION);
		} else {
			setMessage(missing != null ? missing : getDescription(), IMessageProvider.NONE);
		}
		setPageComplete(error == null && missing == null);
	}

	private static Path folderPath(String text) {
		try {
			return Path.of(text).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private ReportKind selectedKind() {
		return KINDS.get(Math.max(0, kind.getSelectionIndex()));
	}

	private Period selectedPeriod() {
		try {
			return Period.parse(period.getText());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The batch the page describes; call only when the page is complete. */
	ReportBatch batch() {
		ReportKind chosenKind = selectedKind();
		Object[] checked = clients.getCheckedElements();
		List<String> ids = Arrays.stream(checked).map(client -> ((Client) client).getId()).toList();
		int index = language.getSelectionIndex();
		Locale locale = index <= 0 ? null : Locale.forLanguageTag(LANGUAGES.get(index - 1).getLiteral());
		boolean everyClient = checked.length == clientCount;
		return new ReportBatch(chosenKind, ids, everyClient, selectedPeriod(),
				FORMATS.get(Math.max(0, format.getSelectionIndex())), locale, folderPath(folder.getText().strip()));
	}

	/** The last four complete quarters, then the last complete year: what consultants report on most. */
	static String[] recentPeriods(LocalDate today) {
		List<String> periods = new ArrayList<>();
		Period quarter = Period.lastCompleteQuarter(today);
		for (int i = 0; i < 4; i++) {
			periods.add(quarter.label());
			quarter = quarter.previous();
		}
		periods.add(Period.year(today.getYear() - 1).label());
		return periods.toArray(String[]::new);
	}

	/** The language preference (a tag such as {@code sr-Cyrl}) as an index of the language combo; 0 if unset. */
	private static int defaultLanguageIndex() {
		String tag = UiPreferences.store().getString(UiPreferences.REPORT_LOCALE);
		for (int i = 0; i < LANGUAGES.size(); i++) {
			if (LANGUAGES.get(i).getLiteral().equalsIgnoreCase(tag.strip())) {
				return i + 1;
			}
		}
		return 0;
	}

	/** A language in its own words with its tag: "Nederlands (nl)", "српски (ћирилица) (sr-Cyrl)". */
	static String languageName(ReportLocale reportLocale) {
		Locale locale = Locale.forLanguageTag(reportLocale.getLiteral());
		String name = locale.getDisplayName(locale);
		if (name.isEmpty()) {
			return reportLocale.getLiteral();
		}
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1) + " (" + reportLocale.getLiteral() + ")";
	}

	static String kindName(ReportKind kind) {
		return switch (kind) {
			case CLIENT -> Messages.kindClient;
			case MATURITY -> Messages.kindMaturity;
			case STRATEGY -> Messages.kindStrategy;
			case PORTFOLIO -> Messages.kindPortfolio;
		};
	}

	static String formatName(ReportFormat format) {
		return switch (format) {
			case PDF -> Messages.formatPdf;
			case HTML -> Messages.formatHtml;
			case DOCX -> Messages.formatDocx;
			case PPTX -> Messages.formatPptx;
			case XLSX -> Messages.formatXlsx;
		};
	}
}
