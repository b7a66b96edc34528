package com.socialyst.ui.internal.wizards.metrics;

import java.util.List;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.socialyst.metrics.Unit;
import com.socialyst.ui.WidgetIds;

/**
 * The one page of the New Formula Metric wizard. Every keystroke is checked: a wrong id or formula is an error in
 * the message area and keeps Finish disabled; a missing field is asked for; the engine's warnings (a name that is
 * neither a metric nor a standard field) are shown but do not stop Finish.
 */
final class NewFormulaMetricPage extends WizardPage {

	static final List<Unit> UNITS = List.of(Unit.values());

	private final FormulaCheck check;

	private Text id;
	private Text name;
	private Text description;
	private Combo unit;
	private Text expression;

	NewFormulaMetricPage(FormulaCheck check) {
		super("newFormulaMetric");
		this.check = check;
		setTitle(Messages.pageTitle);
		setDescription(Messages.pageDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		id = text(page, Messages.idLabel, NewFormulaMetricWizard.ID_ID, SWT.SINGLE);
		id.setMessage(Messages.idExample);
		name = text(page, Messages.nameLabel, NewFormulaMetricWizard.NAME_ID, SWT.SINGLE);
		description = text(page, Messages.descriptionLabel, NewFormulaMetricWizard.DESCRIPTION_ID,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);

		new Label(page, SWT.NONE).setText(Messages.unitLabel);
		unit = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), NewFormulaMetricWizard.UNIT_ID);
		unit.setItems(UNITS.stream().map(NewFormulaMetricPage::unitName).toArray(String[]::new));
		unit.select(UNITS.indexOf(Unit.RATIO));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(unit);

		expression = text(page, Messages.expressionLabel, NewFormulaMetricWizard.EXPRESSION_ID,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		expression.setMessage(Messages.expressionExample);
		addContentAssist(expression);
		new Label(page, SWT.NONE); // the hint goes under the formula
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.expressionHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(hint);

		for (Text field : List.of(id, name, description, expression)) {
			field.addListener(SWT.Modify, e -> validate());
		}
		setControl(page);
		validate();
	}

	private static Text text(Composite page, String label, String widgetId, int style) {
		boolean multi = (style & SWT.MULTI) != 0;
		Label caption = new Label(page, SWT.NONE);
		caption.setText(label);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, multi ? SWT.BEGINNING : SWT.CENTER).applyTo(caption);
		Text text = WidgetIds.tag(new Text(page, SWT.BORDER | style), widgetId);
		GridDataFactory.fillDefaults().grab(true, multi).hint(360, multi ? 3 * text.getLineHeight() : SWT.DEFAULT)
				.applyTo(text);
		if (multi) {
			// Tab moves on, as in every other field, instead of typing a tab character into the text.
			text.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = true;
				}
			});
		}
		return text;
	}

	private void addContentAssist(Text text) {
		KeyStroke ctrlSpace = KeyStroke.getInstance(SWT.MOD1, ' ');
		ContentProposalAdapter adapter = new ContentProposalAdapter(text, new TextContentAdapter(),
				new NameProposals(check.names(), check::describe), ctrlSpace, null);
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
		ControlDecoration decoration = new ControlDecoration(text, SWT.TOP | SWT.LEFT);
		decoration.setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(FieldDecorationRegistry.DEC_CONTENT_PROPOSAL).getImage());
		decoration.setDescriptionText(Messages.expressionHint);
	}

	private void validate() {
		String typedId = id.getText().strip();
		String typedExpression = expression.getText().strip();
		String error = typedId.isEmpty() ? null : check.idProblem(typedId);
		List<String> warnings = List.of();
		if (!typedExpression.isEmpty()) {
			FormulaCheck.Result result = check.expression(typedId.isEmpty() ? null : typedId, typedExpression);
			if (error == null && result.error() != null) {
				error = NLS.bind(Messages.errorExpression, result.error());
			}
			warnings = result.warnings();
		}
		String missing = typedId.isEmpty() ? Messages.missingId
				: name.getText().isBlank() ? Messages.missingName
						: typedExpression.isEmpty() ? Messages.missingExpression : null;
		setErrorMessage(error);
		if (error != null) {
			setMessage(getDescription(), IMessageProvider.NONE);
		} else if (missing != null) {
			setMessage(missing, IMessageProvider.NONE);
		} else if (!warnings.isEmpty()) {
			setMessage(warnings.get(0), IMessageProvider.WARNING);
		} else {
			setMessage(Messages.ready, IMessageProvider.INFORMATION);
		}
		setPageComplete(error == null && missing == null);
	}

	/** The values entered, for Finish; call when the page is complete. */
	String id() {
		return id.getText().strip();
	}

	String metricName() {
		return name.getText().strip();
	}

	/** The description, null when none was given. */
	String metricDescription() {
		String text = description.getText().strip();
		return text.isEmpty() ? null : text;
	}

	String expression() {
		return expression.getText().strip();
	}

	/** The unit as stored in the portfolio ({@code ratio}, {@code percent} …). */
	String unit() {
		return UNITS.get(Math.max(0, unit.getSelectionIndex())).id();
	}

	/** Shows {@code message} as an error, as when saving failed. */
	void showError(String message) {
		setErrorMessage(message);
	}

	static String unitName(Unit unit) {
		return switch (unit) {
			case RATIO -> Messages.unitRatio;
			case PERCENT -> Messages.unitPercent;
			case COUNT -> Messages.unitCount;
			case CURRENCY -> Messages.unitCurrency;
			case DURATION -> Messages.unitDuration;
		};
	}
}
