package com.socialyst.ui.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives real SWT widgets from a test thread, in the manner of SWTBot (which no reachable
 * registry serves).
 * <p>
 * Tests run outside the UI thread (tycho-surefire {@code useUIThread=false}). Queries run on
 * the UI thread with {@code syncExec}; actions that may open a modal dialog (clicks, menu
 * items, key presses) run with {@code asyncExec} so the test thread is never blocked by the
 * dialog's event loop. Every lookup waits until the widget appears or the timeout passes, and
 * then fails with a message that says what was looked for.
 * </p>
 */
public class UiBot {

	/** The widget data key holding a widget's stable id (see {@link #byId(String)}). */
	public static final String ID_KEY = "com.socialyst.widget.id";

	private static final long POLL_MILLIS = 25;

	private final Display display;
	private final Duration timeout;
	private final AtomicReference<Throwable> asyncFailure = new AtomicReference<>();

	/** A bot on the default display with a 10 s timeout. */
	public UiBot() {
		this(Display.getDefault(), Duration.ofSeconds(10));
	}

	public UiBot(Display display, Duration timeout) {
		this.display = display;
		this.timeout = timeout;
	}

	public Display display() {
		return display;
	}

	/** A bot like this one that waits up to {@code newTimeout}. */
	public UiBot withTimeout(Duration newTimeout) {
		return new UiBot(display, newTimeout);
	}

	// ---------------------------------------------------------------- threading

	/** Runs {@code call} on the UI thread and returns its result; its exception fails the test. */
	public <T> T syncCall(Callable<T> call) {
		rethrowAsyncFailure();
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(call.call());
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		if (failure.get() != null) {
			throw new AssertionError("UI thread failed: " + failure.get(), failure.get());
		}
		return result.get();
	}

	public void syncRun(Runnable runnable) {
		syncCall(() -> {
			runnable.run();
			return null;
		});
	}

	/** Runs {@code runnable} later on the UI thread; a failure is reported by the next bot call. */
	public void asyncRun(Runnable runnable) {
		rethrowAsyncFailure();
		display.asyncExec(() -> {
			try {
				runnable.run();
			} catch (Throwable t) {
				asyncFailure.compareAndSet(null, t);
			}
		});
	}

	private void rethrowAsyncFailure() {
		Throwable failure = asyncFailure.getAndSet(null);
		if (failure != null) {
			throw new AssertionError("an earlier UI action failed: " + failure, failure);
		}
	}

	/** Waits until {@code condition}, evaluated on the UI thread, holds. */
	public void waitUntil(String description, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (Boolean.TRUE.equals(syncCall(condition::getAsBoolean))) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting until " + description);
			}
			sleep(POLL_MILLIS);
		}
	}

	/** Waits until the UI thread has processed everything queued before this call. */
	public void flush() {
		syncRun(() -> {
			while (display.readAndDispatch()) {
				// drain pending events
			}
		});
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}

	// ---------------------------------------------------------------- finding

	/** Matches a widget whose {@link #ID_KEY} data is {@code id}. */
	public static Predicate<Widget> withId(String id) {
		return w -> id.equals(w.getData(ID_KEY));
	}

	/** Matches a widget whose text, without mnemonic ampersands, is {@code text}. */
	public static Predicate<Widget> withText(String text) {
		return w -> text.equals(Widgets.text(w));
	}

	/** Finds a visible widget of {@code type} matching {@code matcher} in any shell, waiting for it. */
	public <W extends Widget> W find(Class<W> type, Predicate<? super W> matcher, String description) {
		AtomicReference<W> found = new AtomicReference<>();
		waitUntil("a " + type.getSimpleName() + " " + description + " is shown", () -> {
			List<W> all = Widgets.findAll(display, type, matcher);
			if (all.isEmpty()) {
				return false;
			}
			found.set(all.get(0));
			return true;
		});
		return found.get();
	}

	/** All visible widgets of {@code type} matching {@code matcher} now, without waiting. */
	public <W extends Widget> List<W> findAll(Class<W> type, Predicate<? super W> matcher) {
		return syncCall(() -> Widgets.findAll(display, type, matcher));
	}

	/** The visible widget of {@code type} tagged with {@code id}. */
	public <W extends Widget> W byId(Class<W> type, String id) {
		return find(type, withId(id), "with id '" + id + "'");
	}

	/** The visible shell titled {@code title}. */
	public Shell shell(String title) {
		return find(Shell.class, withText(title), "titled '" + title + "'");
	}

	/** The active shell, waiting until there is one. */
	public Shell activeShell() {
		AtomicReference<Shell> shell = new AtomicReference<>();
		waitUntil("a shell is active", () -> {
			shell.set(display.getActiveShell());
			return shell.get() != null;
		});
		return shell.get();
	}

	/** The visible button labelled {@code label} (mnemonics ignored) inside {@code shell}. */
	public Button button(Shell shell, String label) {
		return find(Button.class, b -> Widgets.shellOf(b) == shell && label.equals(Widgets.text(b)),
				"labelled '" + label + "' in shell '" + text(shell) + "'");
	}

	/** The text of {@code widget} as the user reads it (mnemonic ampersands removed). */
	public String text(Widget widget) {
		return syncCall(() -> Widgets.text(widget));
	}

	/** Waits until {@code widget} is disposed or hidden, e.g. a dialog after its Close button. */
	public void waitUntilGone(Control widget, String description) {
		waitUntil(description + " is closed", () -> widget.isDisposed() || !widget.isVisible());
	}

	// ---------------------------------------------------------------- acting

	/** Clicks {@code button} as a user would: checkboxes and radios toggle, then Selection fires. */
	public void click(Button button) {
		waitUntil("button '" + text(button) + "' is enabled", () -> button.isDisposed() || button.isEnabled());
		asyncRun(() -> {
			button.setFocus();
			int style = button.getStyle();
			if ((style & SWT.CHECK) != 0 || (style & SWT.TOGGLE) != 0) {
				button.setSelection(!button.getSelection());
			} else if ((style & SWT.RADIO) != 0) {
				for (Control sibling : button.getParent().getChildren()) {
					if (sibling instanceof Button other && other != button && (other.getStyle() & SWT.RADIO) != 0) {
						other.setSelection(false);
					}
				}
				button.setSelection(true);
			}
			button.notifyListeners(SWT.Selection, event(button));
		});
		flush();
	}

	/**
	 * Chooses a menu item of {@code shell}'s menu bar by its labels, e.g.
	 * {@code clickMenu(shell, "File", "Open Portfolio…")}. Menus receive Show events on the way
	 * down so that JFace menu managers fill in their contributions, as when a user opens them.
	 */
	public void clickMenu(Shell shell, String... path) {
		MenuItem item = syncCall(() -> Widgets.menuItem(shell.getMenuBar(), Arrays.asList(path)));
		if (item == null) {
			throw new AssertionError("no menu item " + String.join(" > ", path) + " in shell '" + text(shell) + "'");
		}
		waitUntil("menu item " + String.join(" > ", path) + " is enabled", () -> item.isEnabled());
		asyncRun(() -> {
			if ((item.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
				item.setSelection(!item.getSelection());
			}
			item.notifyListeners(SWT.Selection, event(item));
		});
		flush();
	}

	/** Replaces the content of {@code text} as if typed; Modify listeners fire. */
	public void type(Text text, String value) {
		syncRun(() -> {
			text.setFocus();
			text.setText(value);
		});
	}

	/** Selects {@code item} in {@code combo} and notifies Selection listeners. */
	public void select(Combo combo, String item) {
		syncRun(() -> {
			int index = combo.indexOf(item);
			if (index < 0) {
				throw new AssertionError("combo has no item '" + item + "': " + Arrays.toString(combo.getItems()));
			}
			combo.select(index);
			combo.notifyListeners(SWT.Selection, event(combo));
		});
	}

	/** Selects the first row of {@code table} whose first column reads {@code firstColumn}. */
	public TableItem select(Table table, String firstColumn) {
		AtomicReference<TableItem> selected = new AtomicReference<>();
		waitUntil("table has a row '" + firstColumn + "'", () -> {
			Optional<TableItem> row = Arrays.stream(table.getItems()).filter(i -> firstColumn.equals(i.getText()))
					.findFirst();
			row.ifPresent(selected::set);
			return row.isPresent();
		});
		syncRun(() -> {
			table.setFocus();
			table.setSelection(selected.get());
			Event event = event(table);
			event.item = selected.get();
			table.notifyListeners(SWT.Selection, event);
		});
		return selected.get();
	}

	/** Expands and selects the tree item at {@code path} (labels of the first column). */
	public TreeItem select(Tree tree, String... path) {
		TreeItem item = syncCall(() -> {
			TreeItem[] level = tree.getItems();
			TreeItem current = null;
			for (String label : path) {
				current = Arrays.stream(level).filter(i -> label.equals(i.getText())).findFirst().orElseThrow(
						() -> new AssertionError("tree has no item " + String.join(" > ", path)));
				current.setExpanded(true);
				level = current.getItems();
			}
			return current;
		});
		syncRun(() -> {
			tree.setFocus();
			tree.setSelection(item);
			Event event = event(tree);
			event.item = item;
			tree.notifyListeners(SWT.Selection, event);
		});
		return item;
	}

	/** Double-clicks (default selection) the selected item of a table or tree, e.g. to open it. */
	public void defaultSelect(Control control) {
		asyncRun(() -> {
			Event event = event(control);
			if (control instanceof Table table && table.getSelectionCount() > 0) {
				event.item = table.getSelection()[0];
			} else if (control instanceof Tree tree && tree.getSelectionCount() > 0) {
				event.item = tree.getSelection()[0];
			}
			control.notifyListeners(SWT.DefaultSelection, event);
		});
		flush();
	}

	/**
	 * Presses a key through the window system, as a keyboard would, on the focused control.
	 * {@code modifiers} are SWT key codes such as {@code SWT.CTRL}.
	 */
	public void pressKey(int keyCode, char character, int... modifiers) {
		asyncRun(() -> {
			for (int modifier : modifiers) {
				post(SWT.KeyDown, modifier, '\0');
			}
			post(SWT.KeyDown, keyCode, character);
			post(SWT.KeyUp, keyCode, character);
			for (int i = modifiers.length - 1; i >= 0; i--) {
				post(SWT.KeyUp, modifiers[i], '\0');
			}
		});
		flush();
	}

	private void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
	}

	private Event event(Widget widget) {
		Event event = new Event();
		event.widget = widget;
		event.display = display;
		event.time = (int) System.currentTimeMillis();
		return event;
	}

	// ---------------------------------------------------------------- screenshots

	/** Saves a PNG of the whole screen to {@code file} (folders created) and returns the file. */
	public Path screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (java.io.IOException e) {
			throw new AssertionError("cannot create folder for " + file, e);
		}
		syncRun(() -> {
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}

	/** Widgets of all shells that are open now, for diagnostics. */
	public List<String> describeShells() {
		return syncCall(() -> {
			List<String> shells = new ArrayList<>();
			for (Shell shell : display.getShells()) {
				shells.add("'" + shell.getText() + "' visible=" + shell.isVisible());
			}
			return shells;
		});
	}

	/** Whether {@code control}'s parent chain is all visible, i.e. a user can see it. */
	public boolean isShowing(Control control) {
		return syncCall(() -> !control.isDisposed() && control.isVisible() && control.getShell().isVisible());
	}

	static boolean isComposite(Widget widget) {
		return widget instanceof Composite;
	}
}
