package com.socialyst.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Platform;
import com.socialyst.ui.internal.session.PortfolioSession;
import com.socialyst.ui.internal.wizards.imports.ImportDataHandler;
import com.socialyst.ui.internal.wizards.imports.ImportDataWizard;
import com.socialyst.ui.testing.ScreenshotOnFailure;
import com.socialyst.ui.testing.Screenshots;
import com.socialyst.ui.testing.UiBot;

/**
 * Import Data: a refused import keeps the wizard open and lists the bad row, changing nothing; with Skip bad rows the
 * good rows go into the client, which is saved.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ImportWizardTest {

	private static final String HANDLE = "wizard-test";

	private final UiBot bot = new UiBot();
	private Path folder;

	@BeforeEach
	void openDemoPortfolio() {
		folder = TestPortfolios.small(1, 30);
		TestPortfolios.open(bot, folder);
	}

	@AfterEach
	void closeEverything() throws IOException {
		// dialogs left open by a failed assertion, newest first (the summary, then the wizard), each in its turn
		for (int i = 0; i < 5 && bot.syncCall(() -> newestDialog() != null); i++) {
			bot.syncRun(() -> newestDialog().close());
			bot.flush();
		}
		TestPortfolios.close(bot);
		TestPortfolios.delete(folder);
	}

	@Test
	void listsTheBadRowThenImportsTheGoodRowsWhenToldToSkipIt() throws Exception {
		Client client = bot.syncCall(() -> PortfolioSession.get().portfolio().clients().get(0));
		Path csv = folder.resolve("wizard-import.csv");
		Files.writeString(csv, "date,likes,comments\n2026-10-01,12,3\n2026-10-02,twelve,4\n2026-10-03,9,1\n");

		Shell window = bot.syncCall(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
		WizardDialog dialog = bot.syncCall(() -> ImportDataHandler.open(window, client));
		assertNotNull(dialog, "a portfolio is open, so the wizard opens");
		Shell wizard = bot.shell("Import Data");

		Combo clientCombo = bot.byId(Combo.class, ImportDataWizard.CLIENT_ID);
		assertEquals(client.getName() + " (" + client.getId() + ")", bot.text(clientCombo), "preselected client");
		bot.type(bot.byId(Text.class, ImportDataWizard.FILE_ID), csv.toString());
		Table preview = bot.byId(Table.class, ImportDataWizard.PREVIEW_ID);
		bot.waitUntil("the preview shows the file's three rows", () -> preview.getItemCount() == 3);
		assertEquals("3", bot.syncCall(() -> preview.getItem(1).getText(0)), "the preview names each row's line");
		assertEquals("twelve", bot.syncCall(() -> preview.getItem(1).getText(2)));
		assertTrue(bot.text(bot.byId(Combo.class, ImportDataWizard.FORMAT_ID)).contains("Generic"),
				"detected format shown: " + bot.text(bot.byId(Combo.class, ImportDataWizard.FORMAT_ID)));
		Combo channel = bot.byId(Combo.class, ImportDataWizard.CHANNEL_ID);
		bot.syncRun(() -> channel.setText("x:" + HANDLE));
		screenshot(wizard, "import-wizard");

		// all or nothing: the bad row stops the import, the wizard stays open and lists it
		bot.click(bot.button(wizard, "Finish"));
		Table errors = bot.byId(Table.class, ImportDataWizard.ERRORS_ID);
		bot.waitUntil("the bad row is listed", () -> errors.getItemCount() == 1);
		String[] problem = bot.syncCall(() -> new String[] { errors.getItem(0).getText(0), errors.getItem(0).getText(1),
				errors.getItem(0).getText(2), errors.getItem(0).getText(3) });
		assertEquals("wizard-import.csv", problem[0]);
		assertEquals("3", problem[1], "the line of the bad row");
		assertTrue(problem[2].contains("likes"), "the column of the bad cell: " + problem[2]);
		assertFalse(problem[3].isBlank(), "a reason");
		assertTrue(bot.isShowing(errors), "the problems are visible");
		assertTrue(bot.isShowing(wizard), "the wizard stays open");
		assertTrue(bot.syncCall(() -> channel(client) == null), "a refused import changes nothing");
		Button finish = bot.button(wizard, "Finish");
		assertTrue(bot.syncCall(finish::isEnabled), "Finish stays enabled, to try again after fixing the file");
		screenshot(wizard, "import-wizard-refused");

		bot.click(bot.byId(Button.class, ImportDataWizard.SKIP_BAD_ROWS_ID));
		bot.click(finish);
		Shell summary = bot.shell("Import Finished");
		Label message = bot.find(Label.class, label -> label.getShell() == summary && label.getText().contains("rows read"),
				"with the import summary");
		String text = bot.text(message);
		assertTrue(text.contains("1 bad rows skipped"), text);
		assertTrue(text.contains("Channel accounts created"), text);
		bot.click(bot.button(summary, "OK"));
		bot.waitUntilGone(wizard, "the Import Data wizard");

		ChannelAccount created = bot.syncCall(() -> channel(client));
		assertNotNull(created, "the channel account was created");
		assertEquals(12.0, bot.syncCall(() -> value(created, "likes", LocalDate.of(2026, 10, 1))));
		assertEquals(1.0, bot.syncCall(() -> value(created, "comments", LocalDate.of(2026, 10, 3))));
		assertTrue(Double.isNaN(bot.syncCall(() -> value(created, "comments", LocalDate.of(2026, 10, 2)))),
				"the bad row is skipped whole");
		assertFalse(bot.syncCall(() -> PortfolioSession.get().isDirty(client)), "the client is saved");
		Path file = Path.of(client.eResource().getURI().toFileString());
		assertTrue(Files.readString(file).contains(HANDLE), "the client's file holds the imported channel");
	}

	private Shell newestDialog() {
		Shell[] shells = bot.display().getShells();
		for (int i = shells.length - 1; i >= 0; i--) {
			if (shells[i].getParent() != null && shells[i].isVisible()) {
				return shells[i];
			}
		}
		return null;
	}

	private static ChannelAccount channel(Client client) {
		return client.getChannels().stream().filter(c -> c.getPlatform() == Platform.X && HANDLE.equals(c.getHandle()))
				.findFirst().orElse(null);
	}

	private static double value(ChannelAccount account, String field, LocalDate day) {
		return account.getSeries().stream().filter(s -> field.equals(s.getField())).findFirst()
				.map((MeasurementSeries s) -> s.valueAt(day)).orElse(Double.NaN);
	}

	/** A picture of the screen once {@code shell} has painted its latest state. */
	private void screenshot(Shell shell, String name) throws InterruptedException {
		bot.flush();
		Thread.sleep(300); // GTK animates a button's change of state (enabled, default) for about 200 ms
		bot.flush();
		bot.syncRun(shell::update);
		Screenshots.save(bot, name);
	}
}
