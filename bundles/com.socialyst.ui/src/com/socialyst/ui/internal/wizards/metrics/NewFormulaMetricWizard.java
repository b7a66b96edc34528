package com.socialyst.ui.internal.wizards.metrics;

import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.FormulaMetric;
import com.socialyst.model.SocialystFactory;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Services;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * New Formula Metric: a metric of the portfolio defined by a formula over fields and other metrics. Finish adds it
 * to the portfolio's formula metrics and saves {@code portfolio.xmi} at once, as every portfolio-level change is.
 */
public final class NewFormulaMetricWizard extends Wizard {

	/** Widget ids of the page (see {@link WidgetIds}). */
	public static final String ID_ID = "formula.id";
	public static final String NAME_ID = "formula.name";
	public static final String DESCRIPTION_ID = "formula.description";
	public static final String UNIT_ID = "formula.unit";
	public static final String EXPRESSION_ID = "formula.expression";

	private final OpenPortfolio portfolio;
	private final NewFormulaMetricPage page;
	private FormulaMetric created;

	public NewFormulaMetricWizard(OpenPortfolio portfolio, MetricRegistry registry) {
		this.portfolio = portfolio;
		this.page = new NewFormulaMetricPage(new FormulaCheck(registry, portfolio.portfolio().getFormulaMetrics()));
		setWindowTitle(Messages.wizardTitle);
	}

	/**
	 * Opens the wizard on the open portfolio and returns its dialog at once, without waiting for it to close (tests
	 * drive it from their own thread). Call on the UI thread.
	 *
	 * @throws IllegalStateException when no portfolio is open
	 */
	public static WizardDialog open(Shell shell) {
		OpenPortfolio portfolio = PortfolioSession.get().portfolio();
		if (portfolio == null) {
			throw new IllegalStateException("no portfolio is open");
		}
		WizardDialog dialog = new WizardDialog(shell, new NewFormulaMetricWizard(portfolio, registry()));
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	/** The installed metrics; without the registry service (a broken installation) none, so ids are still checked. */
	private static MetricRegistry registry() {
		try {
			return Services.get(MetricRegistry.class);
		} catch (IllegalStateException e) {
			return MetricRegistry.of(Map.of());
		}
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		if (PortfolioSession.get().portfolio() != portfolio) {
			page.showError(Messages.errorPortfolioClosed);
			return false;
		}
		FormulaMetric metric = SocialystFactory.eINSTANCE.createFormulaMetric();
		metric.setId(page.id());
		metric.setName(page.metricName());
		metric.setDescription(page.metricDescription());
		metric.setUnit(page.unit());
		metric.setExpression(page.expression());
		EList<FormulaMetric> metrics = portfolio.portfolio().getFormulaMetrics();
		metrics.add(metric);
		try {
			PortfolioSession.get().savePortfolioFile();
		} catch (IOException | RuntimeException e) {
			metrics.remove(metric); // the file still holds what it held: so does the model
			page.showError(NLS.bind(Messages.errorSave, e.getMessage()));
			return false;
		}
		created = metric;
		return true;
	}

	/** The metric Finish added; null before. */
	public FormulaMetric created() {
		return created;
	}
}
