package com.socialyst.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable identifiers for widgets that tests and accessibility tools look up.
 * <p>
 * The key is the convention read by {@code com.socialyst.ui.testing}: a widget tagged with
 * {@link #tag(Widget, String)} can be found there by id, whatever its label or language.
 * </p>
 */
public final class WidgetIds {

	/** The {@link Widget#getData(String)} key under which a widget's id is stored. */
	public static final String KEY = "com.socialyst.widget.id";

	private WidgetIds() {
	}

	/** Tags {@code widget} with {@code id} and returns it, for use inside builder-style code. */
	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
