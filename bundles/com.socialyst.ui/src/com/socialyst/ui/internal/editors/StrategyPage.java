package com.socialyst.ui.internal.editors;

import java.text.NumberFormat;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import com.socialyst.model.BudgetLine;
import com.socialyst.model.Initiative;
import com.socialyst.model.Strategy;
import com.socialyst.model.util.ModelLabels;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.views.Labels;

/** The client's latest strategy at a glance: goals, audiences, channels, initiatives, budget, sponsor, governance. */
final class StrategyPage extends ClientPage {

	static final String ID = "strategy";

	private Label goals;
	private Label audiences;
	private Label initiatives;
	private Label budget;
	private Label sponsor;

	StrategyPage(ClientEditor editor) {
		super(editor, ID, Messages.clientEditorStrategy);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).applyTo(form.getBody());
		goals = FormFields.section(toolkit, form.getBody(), "Business goals", "strategy.goals");
		audiences = FormFields.section(toolkit, form.getBody(), "Audiences and channels", "strategy.audiences");
		initiatives = FormFields.section(toolkit, form.getBody(), "Initiatives", "strategy.initiatives");
		budget = FormFields.section(toolkit, form.getBody(), "Budget", "strategy.budget");
		sponsor = FormFields.section(toolkit, form.getBody(), "Sponsor and governance", "strategy.sponsor");
		refresh();
	}

	@Override
	void refresh() {
		if (goals == null || goals.isDisposed()) {
			return;
		}
		Strategy strategy = client().getStrategies().isEmpty() ? null
				: client().getStrategies().get(client().getStrategies().size() - 1);
		ScrolledForm form = getManagedForm().getForm();
		if (strategy == null) {
			form.setText(Messages.clientEditorStrategy + " – no strategy yet");
			return;
		}
		form.setText(Messages.clientEditorStrategy + " " + ModelLabels.period(strategy.getPeriodStart(),
				strategy.getPeriodEnd()));
		goals.setText(strategy.getGoals().stream()
				.map(goal -> "• " + Labels.humanize(goal.getKind().name()) + " (priority " + goal.getPriority() + ")"
						+ (goal.getDescription() == null ? "" : ": " + goal.getDescription()))
				.collect(Collectors.joining("\n")));
		audiences.setText(strategy.getAudiences().stream().map(a -> "• " + Labels.humanize(a.getKind().name()))
				.collect(Collectors.joining("\n")) + "\n\nChannels: " + strategy.getChannels().stream()
						.map(c -> Labels.humanize(c.getPlatform().name()) + " " + c.getHandle())
						.collect(Collectors.joining(", ")));
		initiatives.setText(strategy.getInitiatives().stream().map(StrategyPage::initiative)
				.collect(Collectors.joining("\n")));
		NumberFormat money = NumberFormat.getNumberInstance();
		money.setMaximumFractionDigits(0);
		budget.setText(strategy.getBudgetLines().stream().map(line -> budgetLine(line, money))
				.collect(Collectors.joining("\n")));
		sponsor.setText((strategy.getExecutiveSponsor() == null ? "No executive sponsor"
				: "Executive sponsor: " + strategy.getExecutiveSponsor().getName() + ", "
						+ strategy.getExecutiveSponsor().getTitle())
				+ (strategy.getGovernance() == null ? "" : "\nSteering committee: "
						+ yes(strategy.getGovernance().isSteeringCommittee()) + ", social media policy: "
						+ yes(strategy.getGovernance().isSocialMediaPolicy()) + ", training: "
						+ yes(strategy.getGovernance().isTrainingProgramme())));
		getManagedForm().reflow(true);
	}

	private static String initiative(Initiative initiative) {
		return "• " + initiative.getName() + " – " + Labels.humanize(initiative.getDepartment().name()) + ", "
				+ Labels.humanize(initiative.getStatus().name());
	}

	private static String budgetLine(BudgetLine line, NumberFormat money) {
		return "• " + Labels.humanize(line.getCategory().name()) + ": " + money.format(line.getPlanned())
				+ " planned, " + money.format(line.getActual()) + " spent " + line.getCurrency();
	}

	private static String yes(boolean value) {
		return value ? "yes" : "no";
	}
}
