package com.socialyst.ui.internal.editors;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import com.socialyst.ui.WidgetIds;

/** Labelled form fields that commit on Enter or when focus leaves (one command per edit, not per keystroke). */
final class FormFields {

	private FormFields() {
	}

	static Text text(FormToolkit toolkit, Composite parent, String label, String id, int style, Consumer<String> commit) {
		Label caption = toolkit.createLabel(parent, label);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, (style & SWT.MULTI) != 0 ? SWT.BEGINNING : SWT.CENTER)
				.applyTo(caption);
		Text text = WidgetIds.tag(toolkit.createText(parent, "", SWT.BORDER | style), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, (style & SWT.MULTI) != 0 ? 80 : SWT.DEFAULT)
				.applyTo(text);
		text.addListener(SWT.FocusOut, e -> commit.accept(text.getText()));
		if ((style & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, e -> commit.accept(text.getText()));
		}
		return text;
	}

	static Combo combo(FormToolkit toolkit, Composite parent, String label, String id, String[] items,
			Consumer<Integer> commit) {
		toolkit.createLabel(parent, label);
		Combo combo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), id);
		combo.setItems(items);
		toolkit.adapt(combo, true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		combo.addListener(SWT.Selection, e -> commit.accept(combo.getSelectionIndex()));
		return combo;
	}

	/** A titled section holding one wrapping label (read-only summaries). */
	static Label section(FormToolkit toolkit, Composite parent, String title, String id) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Label label = WidgetIds.tag(toolkit.createLabel(section, "", SWT.WRAP), id);
		section.setClient(label);
		return label;
	}

	/** Sets a text field's value unless the user is typing in it. */
	static void show(Text text, String value) {
		String shown = value == null ? "" : value;
		if (!text.isFocusControl() && !text.getText().equals(shown)) {
			text.setText(shown);
		}
	}
}
