package com.socialyst.ui.internal.editors;

import java.time.LocalDate;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import com.socialyst.kpi.Period;
import com.socialyst.model.Commentary;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.SocialystPackage.Literals;
import com.socialyst.ui.WidgetIds;
import com.socialyst.ui.internal.Messages;

/**
 * The consultant's commentary for the quarter's report (review before send: a draft prints a DRAFT banner) and the
 * way to generate and preview the report.
 */
final class ReportPage extends ClientPage {

	static final String ID = "report";
	public static final String COMMENTARY_ID = "report.commentary";
	public static final String APPROVED_ID = "report.approved";

	private Text commentary;
	private Button approved;
	private Period period;

	ReportPage(ClientEditor editor) {
		super(editor, ID, Messages.clientEditorReport);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		period = Period.lastCompleteQuarter(LocalDate.now());
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.clientEditorReport + " " + period.label() + " – " + client().getName());
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(form.getBody());
		commentary = FormFields.text(toolkit, form.getBody(), "&Commentary:", COMMENTARY_ID,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, this::commitText);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 200).applyTo(commentary);
		toolkit.createLabel(form.getBody(), "");
		approved = WidgetIds.tag(toolkit.createButton(form.getBody(),
				"&Approved for sending (a draft prints a DRAFT banner)", SWT.CHECK), APPROVED_ID);
		approved.addListener(SWT.Selection, e -> set(commentary(true), Literals.COMMENTARY__APPROVED,
				approved.getSelection()));
		toolkit.createLabel(form.getBody(), "");
		Button generate = WidgetIds.tag(toolkit.createButton(form.getBody(), "&Generate Report…", SWT.PUSH),
				"report.generate");
		generate.addListener(SWT.Selection, e -> Commands.run(getSite(), Commands.GENERATE_REPORTS));
		refresh();
	}

	private void commitText(String text) {
		Commentary current = commentary(!text.isBlank());
		if (current != null) {
			set(current, Literals.COMMENTARY__TEXT, text);
		}
	}

	/** The commentary of the period; a new draft is added (through the command stack) when asked to create it. */
	private Commentary commentary(boolean create) {
		for (Commentary existing : client().getCommentaries()) {
			if (period.label().equals(existing.getPeriod())) {
				return existing;
			}
		}
		if (!create) {
			return null;
		}
		Commentary fresh = SocialystFactory.eINSTANCE.createCommentary();
		fresh.setPeriod(period.label());
		fresh.setDate(LocalDate.now());
		fresh.setAuthor(System.getProperty("user.name"));
		clientEditor().domain().getCommandStack().execute(
				AddCommand.create(clientEditor().domain(), client(), Literals.CLIENT__COMMENTARIES, fresh));
		return fresh;
	}

	@Override
	void refresh() {
		if (commentary == null || commentary.isDisposed()) {
			return;
		}
		Commentary current = commentary(false);
		FormFields.show(commentary, current == null ? "" : current.getText());
		approved.setSelection(current != null && current.isApproved());
	}
}
