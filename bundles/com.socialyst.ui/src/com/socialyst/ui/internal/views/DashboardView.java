package com.socialyst.ui.internal.views;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import com.socialyst.kpi.KpiScore;
import com.socialyst.kpi.KpiStatus;
import com.socialyst.kpi.Period;
import com.socialyst.kpi.Scorecard;
import com.socialyst.kpi.Scorecards;
import com.socialyst.kpi.TrendPoint;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.Annotation;
import com.socialyst.model.Client;
import com.socialyst.report.birt.BirtEngine;
import com.socialyst.report.birt.ReportEngineException;
import com.socialyst.report.birt.TrendChart;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Services;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * The selected client's scorecard for the last complete quarter (status in colour) and a year's trend of each KPI
 * against its target with the client's timeline notes, drawn by the BIRT chart engine the reports use. Scoring and
 * drawing run in a job; selecting another client cancels it.
 */
public class DashboardView extends ViewPart implements ISelectionListener {

	public static final String ID = "com.socialyst.ui.views.dashboard";
	public static final String SCORECARD_ID = "dashboard.scorecard";
	public static final String CHARTS_ID = "dashboard.charts";

	private static final int MONTHS = 12;

	private ScrolledComposite scroller;
	private Composite body;
	private Label heading;
	private Table scorecard;
	private Composite charts;
	private final List<Image> images = new ArrayList<>();
	private Client shown;
	private Job job;

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
		heading = new Label(body, SWT.WRAP);
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setText("Select a client in the Portfolio view.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		scorecard = WidgetIds.tag(new Table(body, SWT.BORDER | SWT.FULL_SELECTION), SCORECARD_ID);
		scorecard.setHeaderVisible(true);
		scorecard.setLinesVisible(true);
		for (String[] column : new String[][] { { "KPI", "220" }, { "Status", "80" }, { "Actual", "90" },
				{ "Target", "90" }, { "Progress", "80" } }) {
			TableColumn widget = new TableColumn(scorecard,
					column[0].equals("KPI") || column[0].equals("Status") ? SWT.LEFT : SWT.RIGHT);
			widget.setText(column[0]);
			widget.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scorecard);
		charts = WidgetIds.tag(new Composite(body, SWT.NONE), CHARTS_ID);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(charts);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(charts);
		scroller.setContent(body);
		getSite().getPage().addPostSelectionListener(this);
		selectionChanged(null, getSite().getPage().getSelection());
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Client client
				&& client != shown) {
			show(client);
		}
	}

	/** Scores and draws {@code client} in a job (tests join the returned job). */
	public Job show(Client client) {
		shown = client;
		if (job != null) {
			job.cancel();
		}
		heading.setText(client.getName() + " – scoring…");
		Display display = heading.getDisplay();
		Locale locale = Locale.getDefault();
		job = new Job("Dashboard of " + client.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Period period = Period.lastCompleteQuarter(LocalDate.now());
				MetricEngine engine = new MetricEngine(Services.get(MetricRegistry.class),
						PortfolioSession.get().portfolio().portfolio());
				Scorecard card = Scorecards.evaluate(engine, client, period, period.to());
				Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
				for (TrendPoint point : Scorecards.trend(engine, client, period, period.to(), MONTHS)) {
					trends.computeIfAbsent(point.kpiId(), id -> new ArrayList<>()).add(point);
				}
				List<ImageData> drawn = new ArrayList<>();
				List<String> notes = new ArrayList<>();
				for (List<TrendPoint> points : trends.values()) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					try {
						drawn.add(new ImageData(new ByteArrayInputStream(BirtEngine.get()
								.trendChartPng(chart(points, locale), 440, 240, locale))));
						notes.add(notes(client, points));
					} catch (ReportEngineException e) {
						return Status.error(e.getMessage(), e);
					}
				}
				display.asyncExec(() -> fill(client, card, drawn, notes));
				return Status.OK_STATUS;
			}
		};
		job.schedule();
		return job;
	}

	private static TrendChart chart(List<TrendPoint> points, Locale locale) {
		List<String> months = points.stream().map(p -> p.month().getMonth().getDisplayName(TextStyle.SHORT, locale)
				+ " " + (p.month().getYear() % 100)).toList();
		double[] actual = points.stream().mapToDouble(TrendPoint::value).toArray();
		double[] target = points.stream().mapToDouble(TrendPoint::target).toArray();
		return new TrendChart(points.get(0).kpiName(), months, List.of(new TrendChart.Line("Actual", actual, false),
				new TrendChart.Line("Target", target, true)), List.of("#1F4E79", "#F28C28"));
	}

	/** The client's timeline notes in the chart's months (campaign launches, crises …). */
	private static String notes(Client client, List<TrendPoint> points) {
		LocalDate from = points.get(0).month().atDay(1);
		LocalDate to = points.get(points.size() - 1).month().atEndOfMonth();
		StringBuilder text = new StringBuilder();
		for (Annotation annotation : client.getAnnotations()) {
			if (annotation.getDate() != null && !annotation.getDate().isBefore(from)
					&& !annotation.getDate().isAfter(to)) {
				text.append(annotation.getDate()).append("  ").append(annotation.getText()).append('\n');
			}
		}
		return text.toString().strip();
	}

	private void fill(Client client, Scorecard card, List<ImageData> drawn, List<String> notes) {
		if (heading.isDisposed() || client != shown) {
			return;
		}
		NumberFormat number = NumberFormat.getNumberInstance();
		number.setMaximumFractionDigits(2);
		heading.setText(client.getName() + " – " + card.period() + (Double.isNaN(card.overallScore()) ? ""
				: ", overall score " + Math.round(card.overallScore())));
		scorecard.removeAll();
		for (KpiScore score : card.scores()) {
			TableItem item = new TableItem(scorecard, SWT.NONE);
			item.setText(new String[] { score.name(), score.status() == null ? "" : status(score.status()),
					format(number, score.actual()), format(number, score.target()),
					Double.isNaN(score.progress()) ? "" : Math.round(score.progress() * 100) + " %" });
			item.setForeground(1, colour(score.status()));
		}
		for (Control old : charts.getChildren()) {
			old.dispose();
		}
		images.forEach(Image::dispose);
		images.clear();
		for (int i = 0; i < drawn.size(); i++) {
			Composite cell = new Composite(charts, SWT.NONE);
			GridLayoutFactory.fillDefaults().applyTo(cell);
			Image image = new Image(charts.getDisplay(), drawn.get(i));
			images.add(image);
			Label picture = WidgetIds.tag(new Label(cell, SWT.NONE), "dashboard.chart");
			picture.setImage(image);
			picture.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
				@Override
				public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
					e.result = "trend chart";
				}
			});
			if (!notes.get(i).isEmpty()) {
				Label caption = new Label(cell, SWT.WRAP);
				caption.setText(notes.get(i));
				GridDataFactory.fillDefaults().hint(440, SWT.DEFAULT).applyTo(caption);
			}
		}
		body.layout(true, true);
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private org.eclipse.swt.graphics.Color colour(KpiStatus status) {
		if (status == null) {
			return null;
		}
		int colour = switch (status.name()) {
			case "GREEN" -> SWT.COLOR_DARK_GREEN;
			case "AMBER" -> SWT.COLOR_DARK_YELLOW;
			case "RED" -> SWT.COLOR_DARK_RED;
			default -> SWT.COLOR_DARK_GRAY;
		};
		return scorecard.getDisplay().getSystemColor(colour);
	}

	private static String status(KpiStatus status) {
		return switch (status.name()) {
			case "GREEN" -> Labels.health(com.socialyst.diagnosis.ClientHealth.Health.GREEN);
			case "AMBER" -> Labels.health(com.socialyst.diagnosis.ClientHealth.Health.AMBER);
			case "RED" -> Labels.health(com.socialyst.diagnosis.ClientHealth.Health.RED);
			default -> Labels.health(com.socialyst.diagnosis.ClientHealth.Health.NO_DATA);
		};
	}

	private static String format(NumberFormat number, double value) {
		return Double.isNaN(value) ? "" : number.format(value);
	}

	/** The charts drawn for the client shown (tests). */
	public int chartCount() {
		return images.size();
	}

	@Override
	public void setFocus() {
		scorecard.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(this);
		if (job != null) {
			job.cancel();
		}
		images.forEach(Image::dispose);
		super.dispose();
	}
}
