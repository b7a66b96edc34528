package com.socialyst.ui.internal.editors;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import com.socialyst.model.ChannelAccount;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.SocialystPackage.Literals;
import com.socialyst.report.birt.BirtEngine;
import com.socialyst.report.birt.ReportEngineException;
import com.socialyst.report.birt.TrendChart;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.views.Labels;

/**
 * The client's measurement series per channel and field, a chart of the selected one (monthly totals of the last
 * year, drawn by the BIRT chart engine), manual entry of a day's value (undoable) and the import wizard.
 */
public final class DataPage extends ClientPage {

	public static final String ID = "data";
	public static final String TABLE_ID = "data.series";

	private TableViewer series;
	private Label chart;
	private Image chartImage;
	private Text date;
	private Text value;

	DataPage(ClientEditor editor) {
		super(editor, ID, Messages.clientEditorData);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.clientEditorData + " – " + client().getName());
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(form.getBody());

		series = new TableViewer(form.getBody(), SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		WidgetIds.tag(series.getTable(), TABLE_ID);
		series.getTable().setHeaderVisible(true);
		series.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 260).applyTo(series.getTable());
		series.setContentProvider(ArrayContentProvider.getInstance());
		NumberFormat number = NumberFormat.getNumberInstance();
		number.setMaximumFractionDigits(2);
		column("Channel", 150, s -> channel((MeasurementSeries) s));
		column("Field", 130, s -> ((MeasurementSeries) s).getField());
		column("From", 90, s -> String.valueOf(((MeasurementSeries) s).getStart()));
		column("To", 90, s -> String.valueOf(((MeasurementSeries) s).endDate()));
		column("Days with data", 100, s -> Long.toString(
				java.util.Arrays.stream(((MeasurementSeries) s).getValues()).filter(v -> !Double.isNaN(v)).count()));
		series.addSelectionChangedListener(event -> drawSelected());

		chart = WidgetIds.tag(toolkit.createLabel(form.getBody(), ""), "data.chart");
		GridDataFactory.fillDefaults().hint(460, 260).applyTo(chart);

		Composite entry = toolkit.createComposite(form.getBody());
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(entry);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(entry);
		toolkit.createLabel(entry, "&Day (YYYY-MM-DD):");
		date = WidgetIds.tag(toolkit.createText(entry, LocalDate.now().minusDays(1).toString(), SWT.BORDER), "data.date");
		GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(date);
		toolkit.createLabel(entry, "&Value:");
		value = WidgetIds.tag(toolkit.createText(entry, "", SWT.BORDER), "data.value");
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(value);
		Button set = WidgetIds.tag(toolkit.createButton(entry, "&Set Value", SWT.PUSH), "data.set");
		set.addListener(SWT.Selection, e -> setValue());
		Button importData = WidgetIds.tag(toolkit.createButton(entry, "&Import Data…", SWT.PUSH), "data.import");
		importData.addListener(SWT.Selection, e -> Commands.run(getSite(), Commands.IMPORT_DATA));
		refresh();
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(series, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
	}

	private static String channel(MeasurementSeries measurement) {
		ChannelAccount account = (ChannelAccount) measurement.eContainer();
		return Labels.humanize(account.getPlatform().name()) + " " + account.getHandle();
	}

	@Override
	void refresh() {
		if (series == null || series.getTable().isDisposed()) {
			return;
		}
		List<MeasurementSeries> all = new ArrayList<>();
		client().getChannels().forEach(channel -> all.addAll(channel.getSeries()));
		series.setInput(all);
		series.refresh();
	}

	/** Sets one day's value of the selected series as one undoable command (start and values change together). */
	private void setValue() {
		MeasurementSeries selected = (MeasurementSeries) ((IStructuredSelection) series.getSelection()).getFirstElement();
		FormMessages messages = new FormMessages();
		if (selected == null) {
			messages.error("Select a series first.");
			return;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(date.getText().strip());
		} catch (DateTimeParseException e) {
			messages.error("'" + date.getText() + "' is not a date like 2026-09-30.");
			return;
		}
		NumberFormat format = NumberFormat.getNumberInstance();
		ParsePosition position = new ParsePosition(0);
		Number parsed = format.parse(value.getText().strip(), position);
		if (parsed == null || position.getIndex() != value.getText().strip().length()) {
			messages.error("'" + value.getText() + "' is not a number.");
			return;
		}
		messages.clear();
		MeasurementSeries changed = EcoreUtil.copy(selected);
		changed.put(day, parsed.doubleValue());
		CompoundCommand command = new CompoundCommand("Set " + selected.getField() + " on " + day);
		command.append(SetCommand.create(clientEditor().domain(), selected, Literals.MEASUREMENT_SERIES__START,
				changed.getStart()));
		command.append(SetCommand.create(clientEditor().domain(), selected, Literals.MEASUREMENT_SERIES__VALUES,
				changed.getValues()));
		clientEditor().domain().getCommandStack().execute(command);
		series.refresh(selected);
		drawSelected();
	}

	/** The form's message area. */
	private final class FormMessages {
		void error(String text) {
			getManagedForm().getForm().setMessage(text, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
		}

		void clear() {
			getManagedForm().getForm().setMessage(null, org.eclipse.jface.dialogs.IMessageProvider.NONE);
		}
	}

	/** Monthly totals of the selected series over the last twelve months with data, drawn in a job. */
	private void drawSelected() {
		MeasurementSeries selected = (MeasurementSeries) ((IStructuredSelection) series.getSelection()).getFirstElement();
		if (selected == null || selected.getStart() == null) {
			return;
		}
		String title = channel(selected) + " – " + selected.getField();
		double[] values = selected.getValues().clone();
		LocalDate start = selected.getStart();
		Locale locale = Locale.getDefault();
		Job job = new Job("Chart of " + title) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				YearMonth last = YearMonth.from(start.plusDays(Math.max(0, values.length - 1)));
				List<String> months = new ArrayList<>();
				double[] totals = new double[12];
				for (int i = 0; i < 12; i++) {
					YearMonth month = last.minusMonths(11 - i);
					months.add(month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear() % 100);
					double total = Double.NaN;
					for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
						long index = day.toEpochDay() - start.toEpochDay();
						if (index >= 0 && index < values.length && !Double.isNaN(values[(int) index])) {
							total = (Double.isNaN(total) ? 0 : total) + values[(int) index];
						}
					}
					totals[i] = total;
				}
				try {
					byte[] png = BirtEngine.get().trendChartPng(new TrendChart(title, months,
							List.of(new TrendChart.Line("Monthly total", totals, false)), List.of("#1F4E79")), 460,
							260, locale);
					ImageData data = new ImageData(new ByteArrayInputStream(png));
					chart.getDisplay().asyncExec(() -> show(data));
					return Status.OK_STATUS;
				} catch (ReportEngineException e) {
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.schedule();
	}

	private void show(ImageData data) {
		if (chart.isDisposed()) {
			return;
		}
		if (chartImage != null) {
			chartImage.dispose();
		}
		chartImage = new Image(chart.getDisplay(), data);
		chart.setImage(chartImage);
		getManagedForm().reflow(true);
	}

	@Override
	public void dispose() {
		if (chartImage != null) {
			chartImage.dispose();
		}
		super.dispose();
	}
}
