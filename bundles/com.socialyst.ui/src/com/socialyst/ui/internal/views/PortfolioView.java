package com.socialyst.ui.internal.views;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.diagnosis.ClientHealth;
import com.socialyst.diagnosis.ClientHealth.Health;
import com.socialyst.model.Client;
import com.socialyst.model.Industry;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.editors.ClientEditor;
import com.socialyst.ui.internal.session.PortfolioHealth;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * Every client of the open portfolio with its industry, country, overall KPI score and health, maturity stage, open
 * findings and last report; filtered by text, industry and health, sorted by any column, opened with a double-click
 * or Enter. The table is virtual and filtering and sorting work on a plain list, so a thousand clients show at once;
 * the scores fill in from a background job.
 */
public class PortfolioView extends ViewPart implements PortfolioSession.Listener {

	public static final String ID = "com.socialyst.ui.views.portfolio";

	/** Widget ids (see {@link WidgetIds}). */
	public static final String EMPTY_TITLE_ID = "portfolio.empty.title";
	public static final String EMPTY_HINT_ID = "portfolio.empty.hint";
	public static final String FILTER_ID = "portfolio.filter";
	public static final String INDUSTRY_ID = "portfolio.industry";
	public static final String HEALTH_ID = "portfolio.health";
	public static final String TABLE_ID = "portfolio.table";
	public static final String COUNT_ID = "portfolio.count";

	private final PortfolioHealth health = PortfolioSession.get().health();
	private StackLayout stack;
	private Composite emptyState;
	private Composite clientsPane;
	private TableViewer viewer;
	private Text filter;
	private Combo industry;
	private Combo healthFilter;
	private Label count;
	private List<Client> all = List.of();
	private List<Client> shown = List.of();
	private Column sortColumn;
	private boolean ascending = true;
	private long openedAt;
	private long filledAt;

	/** A column: its title, its text and its sort key. */
	private record Column(String title, int width, int style, Function<Row, String> text,
			Comparator<Row> order) {
	}

	/** A client with its health, as a row shows it. */
	private record Row(Client client, ClientHealth health) {
	}

	private static final int STATUS_COLUMN = 4;

	private final List<Column> columns = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		stack = new StackLayout();
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(stack);
		emptyState = createEmptyState(root);
		clientsPane = createClientsPane(root);
		PortfolioSession.get().addListener(this);
		portfolioChanged(PortfolioSession.get().portfolio());
	}

	private Composite createEmptyState(Composite parent) {
		Composite empty = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(16, 16).spacing(0, 12).applyTo(empty);
		Label title = WidgetIds.tag(new Label(empty, SWT.WRAP), EMPTY_TITLE_ID);
		title.setText(Messages.portfolioEmptyTitle);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		Label hint = WidgetIds.tag(new Label(empty, SWT.WRAP), EMPTY_HINT_ID);
		hint.setText(Messages.portfolioEmptyHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(hint);
		return empty;
	}

	private Composite createClientsPane(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(pane);

		filter = WidgetIds.tag(new Text(pane, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), FILTER_ID);
		filter.setMessage(Messages.portfolioFilterHint);
		filter.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
				e.result = Messages.portfolioFilterHint;
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(filter);
		filter.addModifyListener(e -> applyFilter());

		industry = WidgetIds.tag(new Combo(pane, SWT.READ_ONLY), INDUSTRY_ID);
		industry.add(Messages.portfolioAllIndustries);
		for (Industry value : Industry.values()) {
			industry.add(Labels.industry(value));
		}
		industry.select(0);
		industry.addListener(SWT.Selection, e -> applyFilter());

		healthFilter = WidgetIds.tag(new Combo(pane, SWT.READ_ONLY), HEALTH_ID);
		healthFilter.add(Messages.portfolioAllStatuses);
		for (Health value : Health.values()) {
			healthFilter.add(Labels.health(value));
		}
		healthFilter.select(0);
		healthFilter.addListener(SWT.Selection, e -> applyFilter());

		count = WidgetIds.tag(new Label(pane, SWT.NONE), COUNT_ID);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(count);

		viewer = new TableViewer(pane, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = WidgetIds.tag(viewer.getTable(), TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table);
		defineColumns();
		for (Column column : columns) {
			TableColumn widget = new TableColumn(table, column.style());
			widget.setText(column.title());
			widget.setWidth(column.width());
			widget.setMoveable(true);
			widget.setData(column);
			widget.addListener(SWT.Selection, e -> sortBy(column, widget));
		}
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < shown.size()) {
					viewer.replace(shown.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			}
		});
		viewer.setLabelProvider(new RowLabels());
		viewer.addOpenListener(event -> open(event.getSelection()));
		getSite().setSelectionProvider(viewer);
		createContextMenu(table);
		return pane;
	}

	private void defineColumns() {
		NumberFormat score = NumberFormat.getNumberInstance(Locale.getDefault());
		score.setMaximumFractionDigits(0);
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
		Comparator<Row> byName = Comparator.comparing(row -> String.valueOf(row.client().getName()),
				String.CASE_INSENSITIVE_ORDER);
		columns.add(new Column(Messages.portfolioColumnClient, 170, SWT.LEFT, row -> row.client().getName(), byName));
		columns.add(new Column(Messages.portfolioColumnIndustry, 120, SWT.LEFT,
				row -> Labels.industry(row.client().getIndustry()),
				Comparator.comparing(row -> Labels.industry(row.client().getIndustry()))));
		columns.add(new Column(Messages.portfolioColumnCountry, 55, SWT.LEFT, row -> row.client().getCountry(),
				Comparator.comparing(row -> String.valueOf(row.client().getCountry()))));
		columns.add(new Column(Messages.portfolioColumnScore, 55, SWT.RIGHT,
				row -> row.health() == null || Double.isNaN(row.health().overallScore()) ? ""
						: score.format(row.health().overallScore()),
				Comparator.comparingDouble(row -> row.health() == null || Double.isNaN(row.health().overallScore())
						? -1 : row.health().overallScore())));
		columns.add(new Column(Messages.portfolioColumnStatus, 80, SWT.LEFT,
				row -> row.health() == null ? "…" : Labels.health(row.health().health()),
				Comparator.comparingInt(row -> row.health() == null ? -1 : row.health().attention())));
		columns.add(new Column(Messages.portfolioColumnStage, 100, SWT.LEFT,
				row -> row.health() == null ? "" : Labels.stage(row.health().maturity()),
				Comparator.comparingDouble(row -> row.health() == null || row.health().maturity() == null ? -1
						: row.health().maturity().overall())));
		columns.add(new Column(Messages.portfolioColumnFindings, 65, SWT.RIGHT,
				row -> row.health() == null ? "" : Integer.toString(row.health().findings()),
				Comparator.comparingInt(row -> row.health() == null ? -1 : row.health().findings())));
		columns.add(new Column(Messages.portfolioColumnLastReport, 110, SWT.LEFT,
				row -> health.lastReport(row.client()) == null ? "" : date.format(health.lastReport(row.client())),
				Comparator.comparing(row -> health.lastReport(row.client()),
						Comparator.nullsFirst(Comparator.naturalOrder()))));
	}

	/** Texts from the columns; the status column in its health's colour. */
	private final class RowLabels extends LabelProvider implements ITableLabelProvider, ITableColorProvider {
		@Override
		public String getColumnText(Object element, int index) {
			Client client = (Client) element;
			String text = columns.get(index).text().apply(new Row(client, health.of(client)));
			return text == null ? "" : text;
		}

		@Override
		public Image getColumnImage(Object element, int index) {
			return null;
		}

		@Override
		public Color getForeground(Object element, int index) {
			ClientHealth clientHealth = health.of((Client) element);
			return index == STATUS_COLUMN && clientHealth != null ? statusColour(clientHealth.health()) : null;
		}

		@Override
		public Color getBackground(Object element, int index) {
			return null;
		}
	}

	private Color statusColour(Health value) {
		int colour = switch (value) {
			case GREEN -> SWT.COLOR_DARK_GREEN;
			case AMBER -> SWT.COLOR_DARK_YELLOW;
			case RED -> SWT.COLOR_DARK_RED;
			case NO_DATA -> SWT.COLOR_DARK_GRAY;
		};
		return viewer.getTable().getDisplay().getSystemColor(colour);
	}

	private void createContextMenu(Table table) {
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(menu, viewer);
	}

	@Override
	public void portfolioChanged(OpenPortfolio portfolio) {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		openedAt = System.nanoTime();
		all = portfolio == null ? List.of() : portfolio.clients();
		// another portfolio starts unfiltered
		filter.setText("");
		industry.select(0);
		healthFilter.select(0);
		stack.topControl = portfolio == null ? emptyState : clientsPane;
		stack.topControl.getParent().layout(true, true);
		setPartName(portfolio == null ? Messages.portfolioViewName
				: Messages.portfolioViewName + " – " + portfolio.portfolio().getName());
		applyFilter();
		filledAt = System.nanoTime();
		if (portfolio != null) {
			health.refresh(portfolio, all, true, done -> refreshLater());
		}
	}

	@Override
	public void clientsChanged(List<Client> clients) {
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		if (portfolio == null || viewer.getTable().isDisposed()) {
			return;
		}
		all = portfolio.clients();
		applyFilter();
		health.refresh(portfolio, clients, false, done -> refreshLater());
	}

	@Override
	public void dirtyChanged(Client client) {
		if (!viewer.getTable().isDisposed()) {
			viewer.refresh(client);
		}
	}

	private void refreshLater() {
		viewer.getTable().getDisplay().asyncExec(() -> {
			if (!viewer.getTable().isDisposed()) {
				if (sortColumn != null) {
					applyFilter();
				} else {
					viewer.refresh();
				}
			}
		});
	}

	/** Filters and sorts {@link #all} into {@link #shown} and redraws the table. */
	private void applyFilter() {
		String text = filter.getText().strip().toLowerCase(Locale.ROOT);
		Industry industryValue = industry.getSelectionIndex() <= 0 ? null
				: Industry.values()[industry.getSelectionIndex() - 1];
		Health healthValue = healthFilter.getSelectionIndex() <= 0 ? null
				: Health.values()[healthFilter.getSelectionIndex() - 1];
		List<Row> rows = new ArrayList<>(all.size());
		for (Client client : all) {
			if (!text.isEmpty() && !matches(client, text)) {
				continue;
			}
			if (industryValue != null && client.getIndustry() != industryValue) {
				continue;
			}
			ClientHealth clientHealth = health.of(client);
			if (healthValue != null && (clientHealth == null || clientHealth.health() != healthValue)) {
				continue;
			}
			rows.add(new Row(client, clientHealth));
		}
		if (sortColumn != null) {
			Comparator<Row> order = sortColumn.order();
			rows.sort(ascending ? order : order.reversed());
		}
		shown = rows.stream().map(Row::client).toList();
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			viewer.setInput(shown);
			viewer.setItemCount(shown.size());
			viewer.refresh();
		} finally {
			table.setRedraw(true);
		}
		count.setText(shown.size() == all.size() ? Messages.bind(Messages.portfolioCountAll, all.size())
				: Messages.bind(Messages.portfolioCountFiltered, shown.size(), all.size()));
	}

	private static boolean matches(Client client, String text) {
		return contains(client.getName(), text) || contains(client.getId(), text) || contains(client.getCountry(), text)
				|| contains(Labels.industry(client.getIndustry()), text);
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}

	private void sortBy(Column column, TableColumn widget) {
		ascending = column == sortColumn ? !ascending : true;
		sortColumn = column;
		viewer.getTable().setSortColumn(widget);
		viewer.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		applyFilter();
	}

	private void open(org.eclipse.jface.viewers.ISelection selection) {
		for (Object element : ((IStructuredSelection) selection).toList()) {
			try {
				ClientEditor.open(getSite().getPage(), (Client) element);
			} catch (PartInitException e) {
				org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), Messages.portfolioViewName,
						e.getMessage(), e.getStatus());
			}
		}
	}

	/** The clients shown, in their order (for tests and the count). */
	public List<Client> shownClients() {
		return shown;
	}

	/** Milliseconds from the portfolio being handed to the view to its table being filled, for the benchmark. */
	public double fillMillis() {
		return (filledAt - openedAt) / 1e6;
	}

	/** The health computed so far (tests wait for it). */
	public PortfolioHealth health() {
		return health;
	}

	@Override
	public void setFocus() {
		(stack.topControl == clientsPane ? filter : emptyState).setFocus();
	}

	@Override
	public void dispose() {
		PortfolioSession.get().removeListener(this);
		super.dispose();
	}
}
