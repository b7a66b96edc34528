package com.socialyst.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Decorations;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/** Widget-tree queries. Every method must be called on the UI thread. */
final class Widgets {

	private Widgets() {
	}

	/** Visible controls of {@code type} matching {@code matcher}, in all visible shells, depth first. */
	static <W extends Widget> List<W> findAll(Display display, Class<W> type, Predicate<? super W> matcher) {
		List<W> found = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (shell.isVisible()) {
				collect(shell, type, matcher, found);
			}
		}
		return found;
	}

	private static <W extends Widget> void collect(Control control, Class<W> type, Predicate<? super W> matcher,
			List<W> found) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		if (type.isInstance(control) && matcher.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (!(child instanceof Shell)) { // child shells are visited from Display.getShells()
					collect(child, type, matcher, found);
				}
			}
		}
	}

	static Shell shellOf(Control control) {
		return control.isDisposed() ? null : control.getShell();
	}

	/** The text a user reads on {@code widget}: mnemonic '&' removed, accelerator text cut off. */
	static String text(Widget widget) {
		if (widget == null || widget.isDisposed()) {
			return null;
		}
		String raw;
		if (widget instanceof Label w) {
			raw = w.getText();
		} else if (widget instanceof Button w) {
			raw = w.getText();
		} else if (widget instanceof Text w) {
			return w.getText();
		} else if (widget instanceof StyledText w) {
			return w.getText();
		} else if (widget instanceof Combo w) {
			return w.getText();
		} else if (widget instanceof CLabel w) {
			raw = w.getText();
		} else if (widget instanceof Link w) {
			raw = w.getText();
		} else if (widget instanceof Group w) {
			raw = w.getText();
		} else if (widget instanceof Decorations w) {
			return w.getText();
		} else if (widget instanceof Item w) {
			raw = w.getText();
			int tab = raw.indexOf('\t');
			if (tab >= 0) {
				raw = raw.substring(0, tab);
			}
		} else {
			return null;
		}
		return raw == null ? null : stripMnemonic(raw);
	}

	/** "&File" reads "File"; "R&&D" reads "R&D". */
	static String stripMnemonic(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '&' && i + 1 < text.length()) {
				i++;
				c = text.charAt(i);
			} else if (c == '&') {
				continue;
			}
			plain.append(c);
		}
		return plain.toString();
	}

	/** The menu item at {@code path} below {@code menu}, opening (Show) each menu on the way. */
	static MenuItem menuItem(Menu menu, List<String> path) {
		Menu current = menu;
		MenuItem item = null;
		for (String label : path) {
			if (current == null) {
				return null;
			}
			current.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
			item = null;
			for (MenuItem candidate : current.getItems()) {
				if (label.equals(text(candidate))) {
					item = candidate;
					break;
				}
			}
			current.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
			if (item == null) {
				return null;
			}
			current = item.getMenu();
		}
		return item;
	}
}
