package com.socialyst.ui.internal.editors;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import com.socialyst.kpi.Period;
import com.socialyst.metrics.listening.ListeningAnalytics;
import com.socialyst.metrics.listening.ListeningSummary;
import com.socialyst.ui.internal.Messages;

/** What the client's listening mentions say over the last complete quarter (as {@code socialyst compute} uses them). */
final class ListeningPage extends ClientPage {

	static final String ID = "listening";

	private Label summary;
	private Label breakdown;

	ListeningPage(ClientEditor editor) {
		super(editor, ID, Messages.clientEditorListening);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).applyTo(form.getBody());
		summary = FormFields.section(toolkit, form.getBody(), "Volume, sentiment and share of voice",
				"listening.summary");
		breakdown = FormFields.section(toolkit, form.getBody(), "Topics, countries and authors",
				"listening.breakdown");
		refresh();
	}

	@Override
	void refresh() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		Period period = Period.lastCompleteQuarter(LocalDate.now());
		getManagedForm().getForm().setText(Messages.clientEditorListening + " " + period.label() + " – "
				+ client().getName());
		if (client().getMentions() == null) {
			summary.setText("No listening data: import a mentions export (Import Data…).");
			breakdown.setText("");
			return;
		}
		ListeningSummary listening = ListeningAnalytics.summarize(client(), period.from(), period.to());
		NumberFormat percent = NumberFormat.getPercentInstance();
		percent.setMaximumFractionDigits(1);
		NumberFormat number = NumberFormat.getNumberInstance();
		number.setMaximumFractionDigits(2);
		summary.setText("Own mentions: " + listening.own() + ", competitors: " + listening.competitors()
				+ "\nShare of voice: " + format(percent, listening.shareOfVoice())
				+ "\nNet sentiment: " + format(number, listening.netSentiment())
				+ "\nResponse rate: " + format(percent, listening.responseRate())
				+ "\n\nBy month: " + join(listening.volumeByMonth()));
		breakdown.setText("Topics: " + join(listening.topTopics()) + "\n\nCountries: " + join(listening.countries())
				+ "\n\nAuthors: " + join(listening.authorTypes()));
		getManagedForm().reflow(true);
	}

	private static String format(NumberFormat format, double value) {
		return Double.isNaN(value) ? "–" : format.format(value);
	}

	private static String join(Map<String, Long> counts) {
		return counts.isEmpty() ? "–"
				: counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
	}
}
