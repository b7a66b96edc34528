package com.socialyst.ui.internal.editors;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.Direction;
import com.socialyst.model.Kpi;
import com.socialyst.model.KpiKind;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.SocialystPackage.Literals;
import com.socialyst.model.Strategy;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.Services;
import com.socialyst.ui.internal.session.PortfolioSession;
import com.socialyst.ui.internal.views.Labels;

/**
 * The KPIs of one of the client's strategies in an editable table: name, metric (every installed coded metric and
 * every formula metric of the portfolio), kind, weight, direction, baseline, target and the amber and red thresholds.
 * Cells edit with the keyboard (Tab moves to the next cell, Enter commits, Escape cancels); a value that is not a
 * number is refused with a message naming the KPI and column, and nothing changes.
 */
public final class KpiPage extends ClientPage {

	public static final String ID = "kpis";
	/** The column of the weight (tests edit it). */
	public static final int WEIGHT_COLUMN = 3;
	public static final String TABLE_ID = "kpis.table";
	public static final String STRATEGY_ID = "kpis.strategy";

	private TableViewer viewer;
	private Combo strategyChoice;
	private List<Strategy> strategies = List.of();
	private IMessageManager messages;

	KpiPage(ClientEditor editor) {
		super(editor, ID, Messages.clientEditorKpis);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.clientEditorKpis + " – " + client().getName());
		toolkit.decorateFormHeading(form.getForm());
		messages = managedForm.getMessageManager();
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(form.getBody());

		toolkit.createLabel(form.getBody(), "&Strategy:");
		strategyChoice = WidgetIds.tag(new Combo(form.getBody(), SWT.READ_ONLY), STRATEGY_ID);
		toolkit.adapt(strategyChoice, true, false);
		strategyChoice.addListener(SWT.Selection, e -> viewer.setInput(kpis()));
		Composite buttons = toolkit.createComposite(form.getBody());
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		Button add = WidgetIds.tag(toolkit.createButton(buttons, "&Add KPI", SWT.PUSH), "kpis.add");
		add.addListener(SWT.Selection, e -> addKpi());
		Button remove = WidgetIds.tag(toolkit.createButton(buttons, "&Remove", SWT.PUSH), "kpis.remove");
		remove.addListener(SWT.Selection, e -> removeSelected());

		viewer = new TableViewer(form.getBody(), SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Table table = WidgetIds.tag(viewer.getTable(), TABLE_ID);
		toolkit.adapt(table);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(600, 300).applyTo(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		enableKeyboardEditing();

		textColumn("Name", 200, Literals.KPI__NAME, Kpi::getName);
		metricColumn();
		enumColumn("Kind", 70, Literals.KPI__KIND, KpiKind.values(), Kpi::getKind);
		numberColumn("Weight", 70, Literals.KPI__WEIGHT, Kpi::getWeight);
		enumColumn("Direction", 130, Literals.KPI__DIRECTION, Direction.values(), Kpi::getDirection);
		numberColumn("Baseline", 90, Literals.KPI__BASELINE, Kpi::getBaseline);
		numberColumn("Target", 90, Literals.KPI__TARGET, Kpi::getTarget);
		numberColumn("Amber at", 80, Literals.KPI__AMBER_THRESHOLD, Kpi::getAmberThreshold);
		numberColumn("Red at", 80, Literals.KPI__RED_THRESHOLD, Kpi::getRedThreshold);
		refresh();
	}

	private void enableKeyboardEditing() {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
				new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer);
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	private List<Kpi> kpis() {
		int index = strategyChoice.getSelectionIndex();
		return index < 0 || index >= strategies.size() ? List.of() : strategies.get(index).getKpis();
	}

	@Override
	void refresh() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		int selected = strategyChoice.getSelectionIndex();
		strategies = new ArrayList<>(client().getStrategies());
		strategyChoice.setItems(strategies.stream()
				.map(s -> com.socialyst.model.util.ModelLabels.period(s.getPeriodStart(), s.getPeriodEnd()))
				.toArray(String[]::new));
		if (!strategies.isEmpty()) {
			strategyChoice.select(selected >= 0 && selected < strategies.size() ? selected : strategies.size() - 1);
		}
		viewer.setInput(kpis());
		viewer.refresh();
	}

	/** Shows the strategy holding {@code kpi} and selects the KPI. */
	public void reveal(Kpi kpi) {
		int index = strategies.indexOf(kpi.eContainer());
		if (index >= 0) {
			strategyChoice.select(index);
			viewer.setInput(kpis());
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(kpi), true);
			viewer.getTable().setFocus();
		}
	}

	/** The KPI table's viewer (tests drive its cell editors). */
	public TableViewer viewer() {
		return viewer;
	}

	private void addKpi() {
		int index = strategyChoice.getSelectionIndex();
		if (index < 0) {
			return;
		}
		Kpi kpi = SocialystFactory.eINSTANCE.createKpi();
		kpi.setId("kpi-" + (kpis().size() + 1));
		kpi.setName("New KPI");
		kpi.setWeight(1);
		execute(AddCommand.create(clientEditor().domain(), strategies.get(index), Literals.STRATEGY__KPIS, kpi));
		viewer.editElement(kpi, 0);
	}

	private void removeSelected() {
		List<?> selected = ((IStructuredSelection) viewer.getSelection()).toList();
		int index = strategyChoice.getSelectionIndex();
		if (!selected.isEmpty() && index >= 0) {
			execute(RemoveCommand.create(clientEditor().domain(), strategies.get(index), Literals.STRATEGY__KPIS,
					selected));
		}
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			clientEditor().domain().getCommandStack().execute(command);
		}
	}

	private TableViewerColumn column(String title, int width, int style) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		return column;
	}

	private void textColumn(String title, int width, EAttribute feature, Function<Kpi, String> value) {
		TableViewerColumn column = column(title, width, SWT.LEFT);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> value.apply((Kpi) e)));
		column.setEditingSupport(new TextEditing(SWT.LEFT, value, (kpi, text) -> set(kpi, feature, text)));
	}

	private void numberColumn(String title, int width, EAttribute feature, Function<Kpi, Double> value) {
		NumberFormat format = NumberFormat.getNumberInstance();
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(6);
		Function<Kpi, String> shown = kpi -> {
			Double number = value.apply(kpi);
			return number == null || number.isNaN() ? "" : format.format(number);
		};
		TableViewerColumn column = column(title, width, SWT.RIGHT);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> shown.apply((Kpi) e)));
		column.setEditingSupport(new TextEditing(SWT.RIGHT, shown, (kpi, text) -> {
			String key = kpi.getId() + "." + feature.getName();
			if (text.isEmpty()) {
				messages.removeMessage(key);
				set(kpi, feature, Double.NaN);
				return;
			}
			ParsePosition position = new ParsePosition(0);
			Number parsed = format.parse(text, position);
			if (parsed == null || position.getIndex() != text.length()) {
				messages.addMessage(key, kpi.getName() + ", " + title + ": '" + text + "' is not a number", null,
						org.eclipse.jface.dialogs.IMessageProvider.ERROR);
				return;
			}
			messages.removeMessage(key);
			set(kpi, feature, parsed.doubleValue());
		}));
	}

	private <E extends Enum<E>> void enumColumn(String title, int width, EAttribute feature, E[] values,
			Function<Kpi, E> value) {
		List<String> labels = Arrays.stream(values).map(v -> Labels.humanize(v.name())).toList();
		Function<Kpi, String> shown = kpi -> {
			E current = value.apply(kpi);
			return current == null ? "" : labels.get(current.ordinal());
		};
		TableViewerColumn column = column(title, width, SWT.LEFT);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> shown.apply((Kpi) e)));
		column.setEditingSupport(new ChoiceEditing(() -> labels, shown,
				(kpi, label) -> set(kpi, feature, values[labels.indexOf(label)])));
	}

	/** The metric picker: every installed coded metric and every formula metric of the portfolio, by id. */
	private void metricColumn() {
		TableViewerColumn column = column("Metric", 160, SWT.LEFT);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((Kpi) e).getMetricId()));
		column.setEditingSupport(new ChoiceEditing(
				() -> new MetricEngine(Services.get(MetricRegistry.class), PortfolioSession.get().portfolio().portfolio())
						.metrics().stream().map(MetricDescriptor::id).distinct().sorted().toList(),
				Kpi::getMetricId, (kpi, id) -> set(kpi, Literals.KPI__METRIC_ID, id)));
	}

	/** A cell edited as text; the text is trimmed before {@code commit} sees it. */
	private final class TextEditing extends EditingSupport {
		private final TextCellEditor editor;
		private final Function<Kpi, String> value;
		private final java.util.function.BiConsumer<Kpi, String> commit;

		TextEditing(int style, Function<Kpi, String> value, java.util.function.BiConsumer<Kpi, String> commit) {
			super(viewer);
			this.editor = new TextCellEditor(viewer.getTable(), style);
			this.value = value;
			this.commit = commit;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			String text = value.apply((Kpi) element);
			return text == null ? "" : text;
		}

		@Override
		protected void setValue(Object element, Object newValue) {
			commit.accept((Kpi) element, String.valueOf(newValue).strip());
		}
	}

	/** A choice among labels edited with a read-only combo; the labels are read again each time editing starts. */
	private final class ChoiceEditing extends EditingSupport {
		private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), new String[0],
				SWT.READ_ONLY);
		private final Supplier<List<String>> choices;
		private final Function<Kpi, String> current;
		private final java.util.function.BiConsumer<Kpi, String> commit;
		private List<String> offered = List.of();

		ChoiceEditing(Supplier<List<String>> choices, Function<Kpi, String> current,
				java.util.function.BiConsumer<Kpi, String> commit) {
			super(viewer);
			this.choices = choices;
			this.current = current;
			this.commit = commit;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			offered = choices.get();
			editor.setItems(offered.toArray(String[]::new));
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return Math.max(0, offered.indexOf(current.apply((Kpi) element)));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0 && index < offered.size()) {
				commit.accept((Kpi) element, offered.get(index));
			}
		}
	}
}
