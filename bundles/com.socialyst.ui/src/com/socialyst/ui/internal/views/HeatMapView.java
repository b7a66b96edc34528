package com.socialyst.ui.internal.views;

import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.diagnosis.ClientHealth;
import com.socialyst.model.Client;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.editors.ClientEditor;
import com.socialyst.ui.internal.session.PortfolioHealth;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * The portfolio at a glance: one row per client, the clients needing most attention first, each cell coloured by how
 * the client does — overall, hard (business outcome) and soft KPI scores, maturity and open findings. Double-click
 * opens the client. It shows what the Portfolio view's scoring job has computed, as it fills.
 */
public class HeatMapView extends ViewPart implements PortfolioSession.Listener {

	public static final String ID = "com.socialyst.ui.views.heatMap";
	public static final String TABLE_ID = "heatmap.table";

	/** The colour of a cell: good, so-so, poor, unknown. */
	public enum Heat {
		GOOD(new RGB(198, 239, 206)), FAIR(new RGB(255, 235, 156)), POOR(new RGB(255, 199, 206)),
		UNKNOWN(new RGB(230, 230, 230));

		final RGB rgb;

		Heat(RGB rgb) {
			this.rgb = rgb;
		}

		/** Scores 0–100: good from 70, fair from 40 (the thresholds of the KPI health). */
		static Heat ofScore(double score) {
			return Double.isNaN(score) ? UNKNOWN
					: score >= ClientHealth.GREEN_FROM ? GOOD : score >= ClientHealth.AMBER_FROM ? FAIR : POOR;
		}

		/** No finding is good, a high one or three and more are poor. */
		static Heat ofFindings(ClientHealth health) {
			return health.findings() == 0 ? GOOD : health.highFindings() > 0 || health.findings() >= 3 ? POOR : FAIR;
		}
	}

	private static final String[] COLUMNS = { "Client", "Overall", "Hard KPIs", "Soft KPIs", "Maturity", "Findings" };

	private final PortfolioHealth health = PortfolioSession.get().health();
	private final Runnable update = this::refreshLater;
	private Table table;
	private Color[] colours;

	@Override
	public void createPartControl(Composite parent) {
		table = WidgetIds.tag(new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : COLUMNS) {
			TableColumn column = new TableColumn(table, title.equals("Client") ? SWT.LEFT : SWT.RIGHT);
			column.setText(title);
			column.setWidth(title.equals("Client") ? 200 : 80);
		}
		colours = new Color[Heat.values().length];
		for (Heat heat : Heat.values()) {
			colours[heat.ordinal()] = new Color(table.getDisplay(), heat.rgb);
		}
		table.addListener(SWT.DefaultSelection, event -> open());
		health.addUpdateListener(update);
		PortfolioSession.get().addListener(this);
		refresh();
	}

	@Override
	public void portfolioChanged(OpenPortfolio portfolio) {
		refresh();
	}

	private void refreshLater() {
		if (!table.isDisposed()) {
			table.getDisplay().asyncExec(this::refresh);
		}
	}

	private void refresh() {
		if (table.isDisposed()) {
			return;
		}
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		List<Client> clients = portfolio == null ? List.of()
				: portfolio.clients().stream().filter(client -> health.of(client) != null)
						.sorted(Comparator.comparingInt((Client client) -> -health.of(client).attention())
								.thenComparing(Client::getName, String.CASE_INSENSITIVE_ORDER))
						.toList();
		table.setRedraw(false);
		try {
			table.removeAll();
			for (Client client : clients) {
				ClientHealth clientHealth = health.of(client);
				TableItem item = new TableItem(table, SWT.NONE);
				item.setData(client);
				double maturity = clientHealth.maturity() == null ? Double.NaN : clientHealth.maturity().overall();
				item.setText(new String[] { client.getName(), score(clientHealth.overallScore()),
						score(clientHealth.hardScore()), score(clientHealth.softScore()), score(maturity),
						Integer.toString(clientHealth.findings()) });
				paint(item, 1, Heat.ofScore(clientHealth.overallScore()));
				paint(item, 2, Heat.ofScore(clientHealth.hardScore()));
				paint(item, 3, Heat.ofScore(clientHealth.softScore()));
				paint(item, 4, Heat.ofScore(maturity));
				paint(item, 5, Heat.ofFindings(clientHealth));
			}
		} finally {
			table.setRedraw(true);
		}
		setContentDescription(health.period() == null ? "" : health.period().label());
	}

	private void paint(TableItem item, int column, Heat heat) {
		item.setBackground(column, colours[heat.ordinal()]);
		item.setData("heat" + column, heat);
	}

	private static String score(double value) {
		return Double.isNaN(value) ? "–" : Long.toString(Math.round(value));
	}

	private void open() {
		if (table.getSelectionCount() == 1 && table.getSelection()[0].getData() instanceof Client client) {
			try {
				ClientEditor.open(getSite().getPage(), client);
			} catch (PartInitException e) {
				setContentDescription(e.getMessage());
			}
		}
	}

	/** The heat of a cell (tests). */
	public static Heat heat(TableItem item, int column) {
		return (Heat) item.getData("heat" + column);
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		health.removeUpdateListener(update);
		PortfolioSession.get().removeListener(this);
		if (colours != null) {
			for (Color colour : colours) {
				colour.dispose();
			}
		}
		super.dispose();
	}
}
