package com.socialyst.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.Client;
import com.socialyst.model.Industry;
import com.socialyst.ui.internal.editors.ClientEditor;
import com.socialyst.ui.internal.wizards.NewClientWizard;
import com.socialyst.ui.testing.ScreenshotOnFailure;
import com.socialyst.ui.testing.Screenshots;
import com.socialyst.ui.testing.UiBot;

/** File › New › Client: the id follows the name, a taken id is refused, Finish saves and opens the editor. */
@ExtendWith(ScreenshotOnFailure.class)
class NewClientWizardTest {

	private final UiBot bot = new UiBot().withTimeout(Duration.ofSeconds(30));

	@Test
	void createsASavedClientAndOpensItsEditor() throws Exception {
		Path folder = TestPortfolios.demo();
		TestPortfolios.open(bot, folder);
		WizardDialog dialog = bot.syncCall(() -> NewClientWizard.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()));
		Shell shell = bot.syncCall(dialog::getShell);
		Button finish = bot.button(shell, "Finish");
		assertFalse(bot.syncCall(finish::isEnabled), "Finish is disabled before a name is entered");

		bot.type(bot.byId(Text.class, NewClientWizard.NAME_ID), "Northwind Outfitters");
		bot.waitUntil("id derived", () -> bot.text(bot.byId(Text.class, NewClientWizard.CLIENT_ID_ID))
				.equals("northwind-outfitters"));
		assertFalse(bot.syncCall(finish::isEnabled), "the demo has northwind-outfitters already");
		assertTrue(bot.syncCall(() -> dialog.getCurrentPage().getErrorMessage()).contains("already"));

		bot.type(bot.byId(Text.class, NewClientWizard.NAME_ID), "Bakkerij Van Dam");
		bot.select(bot.byId(Combo.class, NewClientWizard.INDUSTRY_ID), "Consumer goods");
		bot.type(bot.byId(Text.class, NewClientWizard.COUNTRY_ID), "nl");
		bot.select(bot.byId(Combo.class, NewClientWizard.LOCALE_ID), "nl");
		bot.waitUntil("Finish enabled", () -> bot.syncCall(finish::isEnabled));
		Screenshots.save(bot, "new-client-wizard");
		bot.click(finish);
		bot.waitUntilGone(shell, "the wizard closes");

		assertTrue(Files.isRegularFile(folder.resolve("clients/bakkerij-van-dam.xmi")), "client file written");
		bot.waitUntil("the new client's editor is open", () -> bot.syncCall(() -> PlatformUI.getWorkbench()
				.getActiveWorkbenchWindow().getActivePage().getActiveEditor() instanceof ClientEditor editor
				&& editor.client().getId().equals("bakkerij-van-dam")));
		OpenPortfolio reloaded = PortfolioStore.open(folder, null);
		Client client = reloaded.client("bakkerij-van-dam").orElseThrow();
		assertEquals("Bakkerij Van Dam", client.getName());
		assertEquals(Industry.CONSUMER_GOODS, client.getIndustry());
		assertEquals("NL", client.getCountry());
		assertEquals(13, reloaded.clients().size());
	}
}
