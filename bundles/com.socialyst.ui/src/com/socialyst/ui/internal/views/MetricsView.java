package com.socialyst.ui.internal.views;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.metrics.MetricDescriptor;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.model.Portfolio;
import com.socialyst.model.SocialystPackage;
import com.socialyst.ui.internal.session.PortfolioSession;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Messages;

/**
 * The installed metrics, as {@code socialyst metrics} lists them: the standard library and every plugin
 * installed from {@code dropins/}, each with its unit, the bundle contributing it and where its definition comes
 * from. Problems with contributions are listed under the table.
 */
public class MetricsView extends ViewPart implements PortfolioSession.Listener {

	public static final String ID = "com.socialyst.ui.views.metrics";

	/** Widget ids (see {@link WidgetIds}). */
	public static final String TABLE_ID = "metrics.table";
	public static final String PROBLEMS_ID = "metrics.problems";

	private TableViewer viewer;
	private Label summary;
	private Portfolio watched;
	/** A formula metric added, changed or removed (New Formula Metric, undo): list again. */
	private final Adapter formulaWatcher = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == SocialystPackage.Literals.PORTFOLIO__FORMULA_METRICS) {
				viewer.getControl().getDisplay().asyncExec(MetricsView.this::refresh);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(area);
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		WidgetIds.tag(viewer.getTable(), TABLE_ID);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.metricsColumnId, 220, MetricDescriptor::id);
		column(Messages.metricsColumnName, 220, MetricDescriptor::name);
		column(Messages.metricsColumnUnit, 70, m -> m.unit().id());
		column(Messages.metricsColumnFrom, 220, MetricDescriptor::contributor);
		column(Messages.metricsColumnSource, 320, m -> m.source() == null ? "" : m.source());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());

		summary = WidgetIds.tag(new Label(area, SWT.WRAP), PROBLEMS_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		PortfolioSession.get().addListener(this);
		portfolioChanged(PortfolioSession.get().portfolio());
	}

	/** Installed metrics, and the formula metrics of the open portfolio (they change as the portfolio does). */
	@Override
	public void portfolioChanged(OpenPortfolio portfolio) {
		if (watched != null) {
			watched.eAdapters().remove(formulaWatcher);
		}
		watched = portfolio == null ? null : portfolio.portfolio();
		if (watched != null) {
			watched.eAdapters().add(formulaWatcher);
		}
		refresh();
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		MetricRegistry registry = registry();
		List<MetricDescriptor> installed = registry == null ? List.of() : registry.metrics();
		List<MetricDescriptor> metrics = registry == null || watched == null ? installed
				: new MetricEngine(registry, watched).metrics();
		viewer.setInput(metrics);
		List<String> problems = registry == null ? List.of(Messages.metricsNoRegistry) : registry.problems();
		int formulas = metrics.size() - installed.size();
		summary.setText(problems.isEmpty() ? Messages.bind(Messages.metricsCount, installed.size())
				+ (formulas > 0 ? " " + Messages.bind(Messages.metricsFormulaCount, formulas) : "")
				: String.join("\n", problems));
		summary.getParent().layout();
	}

	@Override
	public void dispose() {
		PortfolioSession.get().removeListener(this);
		if (watched != null) {
			watched.eAdapters().remove(formulaWatcher);
		}
		super.dispose();
	}

	private void column(String title, int width, java.util.function.Function<MetricDescriptor, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((MetricDescriptor) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((MetricDescriptor) element).description();
			}
		});
	}

	/** The registry service; the view does not keep it, the list is read once when the view opens. */
	private static MetricRegistry registry() {
		BundleContext context = FrameworkUtil.getBundle(MetricsView.class).getBundleContext();
		ServiceReference<MetricRegistry> reference = context.getServiceReference(MetricRegistry.class);
		if (reference == null) {
			return null;
		}
		try {
			return context.getService(reference);
		} finally {
			context.ungetService(reference);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
