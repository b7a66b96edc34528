package com.socialyst.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;
import com.socialyst.model.Kpi;
import com.socialyst.ui.internal.editors.ClientEditor;
import com.socialyst.ui.internal.editors.KpiPage;
import com.socialyst.ui.testing.ScreenshotOnFailure;
import com.socialyst.ui.testing.Screenshots;
import com.socialyst.ui.testing.UiBot;

/** A KPI weight edited in its cell, undone, redone, saved; the saved value is there after reopening the portfolio. */
@ExtendWith(ScreenshotOnFailure.class)
class ClientEditorKpiTest {

	private final UiBot bot = new UiBot().withTimeout(Duration.ofSeconds(30));

	@Test
	void changeWeightUndoRedoSaveAndReopen() {
		Path folder = TestPortfolios.demo();
		OpenPortfolio portfolio = TestPortfolios.open(bot, folder);
		Client client = portfolio.clients().get(0);
		ClientEditor editor = bot.syncCall(() -> ClientEditor.open(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), client));
		KpiPage page = bot.syncCall(() -> (KpiPage) editor.setActivePage(KpiPage.ID));
		Kpi kpi = bot.syncCall(() -> (Kpi) page.viewer().getElementAt(0));
		double before = kpi.getWeight();
		double changed = before + 2.5;

		bot.syncRun(() -> page.viewer().editElement(kpi, KpiPage.WEIGHT_COLUMN));
		Text cell = bot.syncCall(() -> (Text) Arrays.stream(page.viewer().getTable().getChildren())
				.filter(child -> child instanceof Text && child.isVisible()).findFirst()
				.orElseThrow(() -> new AssertionError("no cell editor open")));
		bot.syncRun(() -> {
			cell.setText(java.text.NumberFormat.getNumberInstance().format(changed));
			cell.notifyListeners(SWT.DefaultSelection, new Event());
		});
		bot.waitUntil("weight changed", () -> bot.syncCall(kpi::getWeight) == changed);
		assertTrue(bot.syncCall(editor::isDirty), "the editor is dirty after the edit");
		assertTrue(bot.syncCall(() -> editor.getTitle()).length() > 0);
		Screenshots.save(bot, "client-editor-kpis");

		command("org.eclipse.ui.edit.undo");
		assertEquals(before, bot.syncCall(kpi::getWeight), "undo restores the weight");
		assertFalse(bot.syncCall(editor::isDirty), "back at the saved state");
		command("org.eclipse.ui.edit.redo");
		assertEquals(changed, bot.syncCall(kpi::getWeight), "redo applies it again");
		assertTrue(bot.syncCall(editor::isDirty));

		command("org.eclipse.ui.file.save");
		assertFalse(bot.syncCall(editor::isDirty), "saved");

		OpenPortfolio reopened = TestPortfolios.open(bot, folder);
		Kpi saved = reopened.client(client.getId()).orElseThrow().getStrategies().stream()
				.flatMap(strategy -> strategy.getKpis().stream()).filter(k -> k.getId().equals(kpi.getId()))
				.filter(k -> k.eContainer().equals(reopened.client(client.getId()).orElseThrow()
						.getStrategies().get(client.getStrategies().indexOf(kpi.eContainer()))))
				.findFirst().orElseThrow();
		assertEquals(changed, saved.getWeight(), "the saved weight is read back");
	}

	private void command(String id) {
		bot.syncRun(() -> {
			try {
				Control focus = bot.display().getFocusControl();
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
						.executeCommand(id, null);
				if (focus != null && !focus.isDisposed()) {
					focus.setFocus();
				}
			} catch (Exception e) {
				throw new AssertionError(id + ": " + e, e);
			}
		});
	}
}
