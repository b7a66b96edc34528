package com.socialyst.ui.internal.wizards.assessment;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.model.Assessment;
import com.socialyst.model.Client;
import com.socialyst.ui.WidgetIds;

/** The first page: which client, which maturity model, and where the answers start from. */
final class ModelPage extends WizardPage {

	private final RunAssessmentWizard wizard;
	private final List<MaturityModel> models;

	private Combo client;
	private Combo model;
	private Label description;
	private Label prefill;

	ModelPage(RunAssessmentWizard wizard) {
		super("model");
		this.wizard = wizard;
		this.models = wizard.models().all();
		setTitle(Messages.modelPageTitle);
		setDescription(Messages.modelPageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		label(page, Messages.clientLabel);
		client = WidgetIds.tag(new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN), RunAssessmentWizard.CLIENT_ID);
		wizard.clients().forEach(c -> client.add(c.getName() + " (" + c.getId() + ")"));
		client.setVisibleItemCount(Math.min(20, Math.max(1, wizard.clients().size())));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(client);

		label(page, Messages.modelLabel);
		model = WidgetIds.tag(new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN), RunAssessmentWizard.MODEL_ID);
		for (MaturityModel m : models) {
			model.add(NLS.bind(Messages.modelItem, wizard.texts(m).name(m, wizard.locale()), m.getVersion()));
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(model);

		new Label(page, SWT.NONE);
		description = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(description);

		label(page, Messages.dateLabel);
		Label date = new Label(page, SWT.NONE);
		date.setText(NLS.bind(Messages.dateValue,
				wizard.today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(wizard.locale()))));

		prefill = WidgetIds.tag(new Label(page, SWT.WRAP), RunAssessmentWizard.PREFILL_ID);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 8).hint(560, SWT.DEFAULT)
				.applyTo(prefill);

		int clientIndex = wizard.initialClient() == null ? -1 : wizard.clients().indexOf(wizard.initialClient());
		if (clientIndex < 0 && wizard.clients().size() == 1) {
			clientIndex = 0;
		}
		if (clientIndex >= 0) {
			client.select(clientIndex);
		}
		MaturityModel standard = wizard.models().latest(MaturityModels.STANDARD_ID).orElse(null);
		int modelIndex = standard != null ? models.indexOf(standard) : -1;
		if (modelIndex < 0 && !models.isEmpty()) {
			modelIndex = 0;
		}
		if (modelIndex >= 0) {
			model.select(modelIndex);
		}
		client.addListener(SWT.Selection, e -> chosen());
		model.addListener(SWT.Selection, e -> chosen());
		chosen();
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			(client.getSelectionIndex() < 0 ? client : model).setFocus();
		}
	}

	private void chosen() {
		Client chosenClient = client.getSelectionIndex() < 0 ? null : wizard.clients().get(client.getSelectionIndex());
		MaturityModel chosenModel = model.getSelectionIndex() < 0 ? null : models.get(model.getSelectionIndex());
		wizard.choose(chosenClient, chosenModel);
		// the model file's own description: MaturityTexts translates names, questions and levels only
		description.setText(chosenModel == null || chosenModel.getDescription() == null ? ""
				: chosenModel.getDescription());
		Assessment from = wizard.prefilledFrom();
		prefill.setText(chosenClient == null || chosenModel == null ? ""
				: from == null ? Messages.notPrefilled
						: NLS.bind(Messages.prefilled, from.getDate()
								.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(wizard.locale()))));
		setErrorMessage(models.isEmpty() ? Messages.noModels : chosenModel == null ? Messages.needModel : null);
		setPageComplete(chosenClient != null && chosenModel != null);
		List<String> problems = wizard.models().problems();
		if (!problems.isEmpty()) {
			setMessage(NLS.bind(Messages.modelsProblems, String.join("; ", problems)), IMessageProvider.WARNING);
		} else if (chosenClient == null) {
			setMessage(Messages.needClient); // not an error: nothing is chosen yet
		} else {
			setMessage(null);
		}
		prefill.getParent().layout(true, true);
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
	}
}
