package com.socialyst.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;
import com.socialyst.model.Kpi;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.ui.internal.editors.ClientEditor;
import com.socialyst.ui.internal.editors.DataPage;
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

		// not a number: refused with a message naming the KPI and the column, nothing changes
		typeWeight(page, kpi, "twelve");
		assertEquals(before, bot.syncCall(kpi::getWeight), "a refused value leaves the weight");
		assertFalse(bot.syncCall(editor::isDirty), "a refused value is no edit");
		String message = bot.syncCall(() -> page.getManagedForm().getForm().getMessage());
		assertTrue(message != null && message.contains(kpi.getName()) && message.contains("Weight")
				&& message.contains("'twelve' is not a number"), String.valueOf(message));

		typeWeight(page, kpi, java.text.NumberFormat.getNumberInstance().format(changed));
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

	/** Types {@code text} into the KPI's weight cell and presses Enter, as a user editing the table would. */
	private void typeWeight(KpiPage page, Kpi kpi, String text) {
		bot.syncRun(() -> page.viewer().editElement(kpi, KpiPage.WEIGHT_COLUMN));
		Text cell = bot.syncCall(() -> (Text) Arrays.stream(page.viewer().getTable().getChildren())
				.filter(child -> child instanceof Text && child.isVisible()).findFirst()
				.orElseThrow(() -> new AssertionError("no cell editor open")));
		bot.syncRun(() -> {
			cell.setText(text);
			cell.notifyListeners(SWT.DefaultSelection, new Event());
		});
	}

	/** The Data page refuses a day or value it cannot read, changing nothing; a good one is one undoable edit. */
	@Test
	void manualEntryRefusesBadInputAndSetsAGoodValueUndoably() {
		Path folder = TestPortfolios.small(1, 30);
		OpenPortfolio portfolio = TestPortfolios.open(bot, folder);
		Client client = portfolio.clients().get(0);
		ClientEditor editor = bot.syncCall(() -> ClientEditor.open(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), client));
		DataPage page = bot.syncCall(() -> (DataPage) editor.setActivePage(DataPage.ID));
		Table table = bot.byId(Table.class, DataPage.TABLE_ID);
		bot.select(table, bot.syncCall(() -> table.getItem(0).getText()));
		MeasurementSeries series = bot.syncCall(() -> (MeasurementSeries) table.getItem(0).getData());
		LocalDate day = bot.syncCall(series::endDate);
		double[] before = bot.syncCall(() -> series.getValues().clone());
		Text date = bot.byId(Text.class, "data.date");
		Text value = bot.byId(Text.class, "data.value");
		Button set = bot.byId(Button.class, "data.set");

		bot.type(date, "2026-13-40");
		bot.type(value, "5");
		bot.click(set);
		bot.waitUntil("the bad day is named", () -> String.valueOf(bot.syncCall(() -> page.getManagedForm().getForm()
				.getMessage())).contains("'2026-13-40' is not a date"));
		bot.type(date, day.toString());
		bot.type(value, "five");
		bot.click(set);
		bot.waitUntil("the bad value is named", () -> String.valueOf(bot.syncCall(() -> page.getManagedForm()
				.getForm().getMessage())).contains("'five' is not a number"));
		assertArrayEquals(before, bot.syncCall(series::getValues), "refused input changes no value");
		assertFalse(bot.syncCall(editor::isDirty), "refused input is no edit");

		bot.type(value, "123");
		bot.click(set);
		bot.waitUntil("the day's value set", () -> bot.syncCall(() -> series.valueAt(day)) == 123);
		assertTrue(bot.syncCall(editor::isDirty));
		command("org.eclipse.ui.edit.undo");
		assertArrayEquals(before, bot.syncCall(series::getValues), "undo restores the series");
		bot.syncRun(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
		TestPortfolios.close(bot);
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
