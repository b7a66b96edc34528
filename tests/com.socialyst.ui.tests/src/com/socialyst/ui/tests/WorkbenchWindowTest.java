package com.socialyst.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

import com.socialyst.ui.internal.AboutDialog;
import com.socialyst.ui.internal.PortfolioPerspective;
import com.socialyst.ui.internal.views.PortfolioView;
import com.socialyst.ui.testing.ScreenshotOnFailure;
import com.socialyst.ui.testing.Screenshots;
import com.socialyst.ui.testing.UiBot;

/** The workbench as a consultant first sees it: window, perspective, empty Portfolio view, About. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchWindowTest {

	private final UiBot bot = new UiBot();

	@Test
	void mainWindowIsTitledSocialyst() {
		Shell window = bot.shell("Socialyst");
		assertTrue(bot.isShowing(window), "main window visible");
		assertEquals(PortfolioPerspective.ID, bot.syncCall(() -> activePage().getPerspective().getId()));
		Screenshots.save(bot, "main-window-empty");
	}

	@Test
	void portfolioViewShowsEmptyStateWithHint() {
		IViewPart view = bot.syncCall(() -> activePage().findView(PortfolioView.ID));
		assertNotNull(view, "Portfolio view is open in the Portfolio perspective");
		// other tests leave a portfolio open: close it as a fresh start would have none
		bot.syncRun(() -> {
			activePage().closeAllEditors(false);
			com.socialyst.ui.internal.session.PortfolioSession.get().setPortfolio(null);
		});

		Label title = bot.byId(Label.class, PortfolioView.EMPTY_TITLE_ID);
		assertEquals("No portfolio open", bot.text(title));
		Label hint = bot.byId(Label.class, PortfolioView.EMPTY_HINT_ID);
		assertTrue(bot.text(hint).contains("Open Portfolio") && bot.text(hint).contains("New Portfolio"),
				"hint says how to get a portfolio");
		assertTrue(bot.isShowing(hint), "hint is visible");
	}

	@Test
	void aboutDialogShowsVersionAndCloses() {
		Shell window = bot.shell("Socialyst");
		bot.clickMenu(window, "Help", "About Socialyst");

		Shell about = bot.shell("About Socialyst");
		Label version = bot.byId(Label.class, AboutDialog.VERSION_ID);
		String expected = FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString();
		assertEquals("Version " + expected, bot.text(version));
		Screenshots.save(bot, "about-dialog");

		bot.click(bot.button(about, "Close"));
		bot.waitUntilGone(about, "the About dialog");
	}

	private static IWorkbenchPage activePage() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
