package com.socialyst.ui.internal.editors;

import java.text.NumberFormat;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import com.socialyst.assessment.AssessmentHistory;
import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Messages;
import com.socialyst.ui.internal.Services;
import com.socialyst.ui.internal.views.Labels;

/** The client's maturity assessments, newest last, with their overall score and stage; runs a new one. */
final class AssessmentPage extends ClientPage {

	static final String ID = "assessment";

	private TableViewer history;

	AssessmentPage(ClientEditor editor) {
		super(editor, ID, Messages.clientEditorAssessment);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.clientEditorAssessment + " – " + client().getName());
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(form.getBody());
		Button run = WidgetIds.tag(toolkit.createButton(form.getBody(), "&Run Assessment…", SWT.PUSH),
				"assessment.run");
		run.addListener(SWT.Selection, e -> Commands.run(getSite(), Commands.RUN_ASSESSMENT));
		history = new TableViewer(form.getBody(), SWT.BORDER | SWT.FULL_SELECTION);
		WidgetIds.tag(history.getTable(), "assessment.history");
		history.getTable().setHeaderVisible(true);
		history.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 200).applyTo(history.getTable());
		history.setContentProvider(ArrayContentProvider.getInstance());
		NumberFormat number = NumberFormat.getNumberInstance();
		number.setMaximumFractionDigits(2);
		column("Date", 110, r -> r.date().toString());
		column("Overall", 80, r -> number.format(r.overall()));
		column("Stage", 160, Labels::stage);
		column("Unanswered", 100, r -> Integer.toString(r.unanswered().size()));
		refresh();
	}

	private void column(String title, int width, java.util.function.Function<AssessmentResult, String> text) {
		TableViewerColumn column = new TableViewerColumn(history, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((AssessmentResult) e)));
	}

	@Override
	void refresh() {
		if (history == null || history.getTable().isDisposed()) {
			return;
		}
		List<AssessmentResult> results = AssessmentHistory
				.of(client(), MaturityModels.STANDARD_ID, Services.get(MaturityModels.class)).results();
		history.setInput(results);
	}
}
