package com.socialyst.ui.internal.wizards.assessment;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.DimensionScore;
import com.socialyst.assessment.MaturityTexts;
import com.socialyst.maturity.Stage;
import com.socialyst.ui.WidgetIds;

/** The last page: the overall score, the stage and the dimension scores the answers give, before they are recorded. */
final class ResultPage extends WizardPage {

	private final RunAssessmentWizard wizard;

	private Label result;
	private Label previous;
	private Label notes;
	private Table dimensions;

	ResultPage(RunAssessmentWizard wizard) {
		super("result");
		this.wizard = wizard;
		setTitle(Messages.resultTitle);
		setDescription(Messages.resultDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);

		result = WidgetIds.tag(new Label(page, SWT.WRAP), RunAssessmentWizard.RESULT_ID);
		result.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(result);
		previous = WidgetIds.tag(new Label(page, SWT.WRAP), RunAssessmentWizard.PREVIOUS_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(previous);
		notes = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(notes);

		Label label = new Label(page, SWT.NONE);
		label.setText(Messages.resultDimensions);
		GridDataFactory.fillDefaults().indent(0, 8).applyTo(label);
		dimensions = WidgetIds.tag(new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL),
				RunAssessmentWizard.DIMENSIONS_ID);
		dimensions.setHeaderVisible(true);
		dimensions.setLinesVisible(true);
		column(Messages.dimensionColumn, 320, SWT.LEFT);
		column(Messages.scoreColumn, 80, SWT.RIGHT);
		column(Messages.answeredColumn, 100, SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, dimensions.getItemHeight() * 9).applyTo(dimensions);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			refresh();
		}
		super.setVisible(visible);
		if (visible) {
			dimensions.setFocus();
		}
	}

	private void refresh() {
		AssessmentResult scored = wizard.result();
		MaturityTexts texts = wizard.texts(wizard.model());
		NumberFormat number = NumberFormat.getNumberInstance(wizard.locale());
		number.setMinimumFractionDigits(1);
		number.setMaximumFractionDigits(1);
		int questions = scored.dimensions().stream().mapToInt(DimensionScore::questions).sum();

		if (scored.unanswered().size() == questions) {
			result.setText(Messages.resultNothing);
		} else if (scored.stage() == null) {
			result.setText(NLS.bind(Messages.resultNoStage, score(number, scored.overall())));
		} else {
			result.setText(NLS.bind(Messages.resultStage, stage(texts, scored.stage()), score(number, scored.overall())));
		}

		Optional<AssessmentResult> before = wizard.previous();
		previous.setText(before.map(b -> NLS.bind(Messages.resultPrevious, new Object[] {
				b.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(wizard.locale())),
				b.stage() == null ? Messages.resultNoStageShort : stage(texts, b.stage()), score(number, b.overall()),
				delta(number, scored.overall() - b.overall()) })).orElse(Messages.resultNoPrevious));

		List<String> lines = new ArrayList<>();
		if (!scored.unanswered().isEmpty() && scored.unanswered().size() < questions) {
			lines.add(NLS.bind(Messages.resultUnanswered, scored.unanswered().size(), questions));
		}
		if (wizard.sameDay() >= 0) {
			lines.add(Messages.resultReplaces);
		}
		notes.setText(String.join("\n", lines));

		dimensions.removeAll();
		for (DimensionScore dimension : scored.dimensions()) {
			TableItem item = new TableItem(dimensions, SWT.NONE);
			item.setText(new String[] { texts.name(dimension.dimension(), wizard.locale()),
					score(number, dimension.score()),
					NLS.bind(Messages.answeredValue, dimension.answered(), dimension.questions()) });
		}
		dimensions.getParent().layout(true, true);
		setPageComplete(scored.unanswered().size() < questions);
	}

	private String stage(MaturityTexts texts, Stage stage) {
		return texts.name(stage, wizard.locale());
	}

	private static String score(NumberFormat number, double value) {
		return Double.isNaN(value) ? "\u2013" : number.format(value);
	}

	private static String delta(NumberFormat number, double value) {
		if (Double.isNaN(value)) {
			return "\u2013";
		}
		return (value > 0 ? "+" : value < 0 ? "\u2212" : "\u00B1") + number.format(Math.abs(value));
	}

	private void column(String text, int width, int alignment) {
		TableColumn column = new TableColumn(dimensions, alignment);
		column.setText(text);
		column.setWidth(width);
	}
}
