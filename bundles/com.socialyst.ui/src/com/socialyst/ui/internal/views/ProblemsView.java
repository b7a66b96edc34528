package com.socialyst.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import com.socialyst.core.storage.LoadProblem;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.validation.PortfolioValidation;
import com.socialyst.core.validation.ValidationProblem;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.Client;
import com.socialyst.model.Kpi;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Services;
import com.socialyst.ui.internal.editors.ClientEditor;
import com.socialyst.ui.internal.editors.KpiPage;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * What the model's validator finds in the open portfolio (as {@code socialyst validate} does) and the client files that
 * did not load. Validation runs in a job when a portfolio opens and after each save; a double-click opens the client
 * at the object concerned.
 */
public class ProblemsView extends ViewPart implements PortfolioSession.Listener {

	public static final String ID = "com.socialyst.ui.views.problems";
	public static final String TABLE_ID = "problems.table";

	private TableViewer viewer;
	private volatile List<Object> problems = List.of();

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE);
		WidgetIds.tag(viewer.getTable(), TABLE_ID);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		TableViewerColumn description = column("Description", 520);
		description.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ValidationProblem problem ? problem.message()
						: ((LoadProblem) element).reason();
			}

			@Override
			public Image getImage(Object element) {
				boolean error = !(element instanceof ValidationProblem problem) || problem.error();
				return images.getImage(error ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
			}
		});
		column("Client", 160).setLabelProvider(ColumnLabelProvider.createTextProvider(element -> element
				instanceof ValidationProblem problem ? (problem.clientId() == null ? "(portfolio)" : problem.clientId())
						: ((LoadProblem) element).file().getFileName().toString()));
		viewer.addOpenListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
		Action validate = new Action("Validate") {
			@Override
			public void run() {
				validate();
			}
		};
		validate.setToolTipText("Validate the open portfolio");
		validate.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		getViewSite().getActionBars().getToolBarManager().add(validate);
		PortfolioSession.get().addListener(this);
		validate();
	}

	private TableViewerColumn column(String title, int width) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		return column;
	}

	@Override
	public void portfolioChanged(OpenPortfolio portfolio) {
		validate();
	}

	@Override
	public void dirtyChanged(Client client) {
		if (!PortfolioSession.get().isDirty(client)) {
			validate(); // saved (or undone to the saved state)
		}
	}

	@Override
	public void clientsChanged(List<Client> clients) {
		validate();
	}

	/** Validates in a job; the table shows the result when it ends. */
	public Job validate() {
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		Job job = new Job("Validating portfolio") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Object> found = new ArrayList<>();
				if (portfolio != null) {
					found.addAll(portfolio.problems());
					MetricEngine engine = new MetricEngine(Services.get(MetricRegistry.class), portfolio.portfolio());
					found.addAll(PortfolioValidation.validate(portfolio, engine::knows, monitor));
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				problems = found;
				viewer.getTable().getDisplay().asyncExec(() -> {
					if (!viewer.getTable().isDisposed()) {
						viewer.setInput(problems);
						setContentDescription(problems.isEmpty() ? "No problems"
								: problems.size() + (problems.size() == 1 ? " problem" : " problems"));
					}
				});
				return Status.OK_STATUS;
			}
		};
		job.schedule();
		return job;
	}

	private void open(Object element) {
		if (!(element instanceof ValidationProblem problem) || problem.clientId() == null) {
			return;
		}
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		Client client = portfolio == null ? null : portfolio.client(problem.clientId()).orElse(null);
		if (client == null) {
			return;
		}
		try {
			ClientEditor editor = ClientEditor.open(getSite().getPage(), client);
			Kpi kpi = kpiOf(problem.object());
			if (kpi != null && editor.setActivePage(KpiPage.ID) instanceof KpiPage page) {
				page.reveal(kpi);
			}
		} catch (PartInitException e) {
			setContentDescription(e.getMessage());
		}
	}

	private static Kpi kpiOf(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Kpi kpi) {
				return kpi;
			}
		}
		return null;
	}

	/** The problems shown (tests). */
	public List<Object> problems() {
		return problems;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		PortfolioSession.get().removeListener(this);
		super.dispose();
	}
}
