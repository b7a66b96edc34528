package com.socialyst.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.socialyst.ui.internal.views.MetricsView;
import com.socialyst.ui.testing.ScreenshotOnFailure;
import com.socialyst.ui.testing.Screenshots;
import com.socialyst.ui.testing.UiBot;

/** The Metrics view lists what is installed, as socialyst metrics does. */
@ExtendWith(ScreenshotOnFailure.class)
class MetricsViewTest {

	private final UiBot bot = new UiBot();

	@Test
	void listsTheStandardMetricsWithTheirContributor() {
		// the view shares its folder with the Dashboard: bring it to the front as a user would
		bot.syncRun(() -> {
			try {
				org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
						.showView(MetricsView.ID);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
		Table table = bot.byId(Table.class, MetricsView.TABLE_ID);
		List<String[]> rows = bot.syncCall(() -> Arrays.stream(table.getItems())
				.map(item -> new String[] { item.getText(0), item.getText(2), item.getText(3) }).toList());
		assertTrue(rows.size() >= 16, rows.size() + " metrics listed");
		String[] roi = rows.stream().filter(r -> r[0].equals("social_roi")).findFirst()
				.orElseThrow(() -> new AssertionError("social_roi not listed"));
		assertEquals("ratio", roi[1]);
		assertEquals("com.socialyst.metrics.standard", roi[2]);
		Label summary = bot.byId(Label.class, MetricsView.PROBLEMS_ID);
		long installed = rows.stream().filter(r -> !r[2].equals("portfolio")).count();
		assertTrue(bot.text(summary).startsWith(installed + " metrics installed"), bot.text(summary));
		assertTrue(bot.isShowing(table), "the view is visible in the Portfolio perspective");
		Screenshots.save(bot, "metrics-view");
	}

	@Test
	void windowMenuReopensTheViewAfterItIsClosed() {
		bot.syncCall(() -> {
			org.eclipse.ui.IWorkbenchPage page = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow()
					.getActivePage();
			page.hideView(page.findView(MetricsView.ID));
			return null;
		});
		bot.waitUntil("the Metrics view closed", () -> bot.syncCall(() -> org.eclipse.ui.PlatformUI.getWorkbench()
				.getActiveWorkbenchWindow().getActivePage().findView(MetricsView.ID) == null));
		bot.clickMenu(bot.shell("Socialyst"), "Window", "Show View", "Metrics");
		Table table = bot.byId(Table.class, MetricsView.TABLE_ID);
		assertTrue(bot.syncCall(() -> table.getItemCount()) >= 16);
	}
}
