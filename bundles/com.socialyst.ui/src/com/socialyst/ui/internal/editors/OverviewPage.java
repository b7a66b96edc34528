package com.socialyst.ui.internal.editors;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import com.socialyst.kpi.Period;
import com.socialyst.kpi.Scorecard;
import com.socialyst.kpi.Scorecards;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.BrandMode;
import com.socialyst.model.ClientSize;
import com.socialyst.model.Industry;
import com.socialyst.model.ReportLocale;
import com.socialyst.model.SocialystPackage.Literals;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Services;
import com.socialyst.ui.internal.session.PortfolioSession;
import com.socialyst.ui.internal.views.Labels;

/** Identity and brand settings of the client, and how it is doing this quarter. */
final class OverviewPage extends ClientPage {

	static final String ID = "overview";
	static final String NAME_ID = "client.name";

	private Text name;
	private Text country;
	private Combo industry;
	private Combo size;
	private Combo locale;
	private Combo brandMode;
	private Text notes;
	private Label health;

	OverviewPage(ClientEditor editor) {
		super(editor, ID, com.socialyst.ui.internal.Messages.clientEditorOverview);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(client().getName());
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).applyTo(form.getBody());

		Section identity = toolkit.createSection(form.getBody(), Section.TITLE_BAR);
		identity.setText("Identity");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(identity);
		Composite fields = toolkit.createComposite(identity);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(fields);
		identity.setClient(fields);
		name = FormFields.text(toolkit, fields, "&Name:", NAME_ID, SWT.SINGLE,
				value -> set(client(), Literals.CLIENT__NAME, value.strip()));
		industry = FormFields.combo(toolkit, fields, "&Industry:", "client.industry", names(Industry.values()),
				index -> set(client(), Literals.CLIENT__INDUSTRY, Industry.values()[index]));
		size = FormFields.combo(toolkit, fields, "&Size:", "client.size", names(ClientSize.values()),
				index -> set(client(), Literals.CLIENT__SIZE, ClientSize.values()[index]));
		country = FormFields.text(toolkit, fields, "&Country:", "client.country", SWT.SINGLE,
				value -> set(client(), Literals.CLIENT__COUNTRY, value.strip().toUpperCase(Locale.ROOT)));
		locale = FormFields.combo(toolkit, fields, "Report &language:", "client.locale",
				Arrays.stream(ReportLocale.values()).map(ReportLocale::getLiteral).toArray(String[]::new),
				index -> set(client(), Literals.CLIENT__REPORT_LOCALE, ReportLocale.values()[index]));
		brandMode = FormFields.combo(toolkit, fields, "&Branding:", "client.brandMode", names(BrandMode.values()),
				index -> set(client(), Literals.CLIENT__BRAND_MODE, BrandMode.values()[index]));
		notes = FormFields.text(toolkit, fields, "N&otes:", "client.notes", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL,
				value -> set(client(), Literals.CLIENT__NOTES, value));

		Section summary = toolkit.createSection(form.getBody(), Section.TITLE_BAR);
		summary.setText("Health this quarter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		health = WidgetIds.tag(toolkit.createLabel(summary, "", SWT.WRAP), "client.health");
		summary.setClient(health);
		refresh();
	}

	@Override
	void refresh() {
		if (name == null || name.isDisposed()) {
			return;
		}
		getManagedForm().getForm().setText(client().getName());
		FormFields.show(name, client().getName());
		FormFields.show(country, client().getCountry());
		FormFields.show(notes, client().getNotes());
		industry.select(client().getIndustry().getValue());
		size.select(client().getSize().getValue());
		locale.select(client().getReportLocale().getValue());
		brandMode.select(client().getBrandMode().getValue());
		health.setText(healthText());
		getManagedForm().reflow(true);
	}

	/** The quarter's scorecard in one paragraph: one client evaluates in milliseconds. */
	private String healthText() {
		Period period = Period.lastCompleteQuarter(LocalDate.now());
		MetricEngine engine = new MetricEngine(Services.get(MetricRegistry.class),
				PortfolioSession.get().portfolio().portfolio());
		Scorecard card = Scorecards.evaluate(engine, client(), period, period.to());
		NumberFormat number = NumberFormat.getNumberInstance();
		number.setMaximumFractionDigits(0);
		if (Double.isNaN(card.overallScore())) {
			return period.label() + ": no KPI could be scored (no strategy, no KPIs or no data for the period).";
		}
		return period.label() + ": overall score " + number.format(card.overallScore()) + " of 100 ("
				+ Labels.health(com.socialyst.diagnosis.ClientHealth.health(card.overallScore())) + "), "
				+ card.scores().size() + " KPIs.";
	}

	private static String[] names(Enum<?>[] values) {
		return Arrays.stream(values).map(value -> Labels.humanize(value.name())).toArray(String[]::new);
	}
}
