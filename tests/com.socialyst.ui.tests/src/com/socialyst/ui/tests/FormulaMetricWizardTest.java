package com.socialyst.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

import com.socialyst.core.demo.DemoPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.FormulaMetric;
import com.socialyst.ui.internal.session.PortfolioSession;
import com.socialyst.ui.internal.wizards.metrics.NewFormulaMetricWizard;
import com.socialyst.ui.testing.ScreenshotOnFailure;
import com.socialyst.ui.testing.Screenshots;
import com.socialyst.ui.testing.UiBot;

/** New Formula Metric: the formula is checked as it is typed, a taken id is refused, Finish saves portfolio.xmi. */
@ExtendWith(ScreenshotOnFailure.class)
class FormulaMetricWizardTest {

	private static final String ID = "reply_rate_pct";

	private final UiBot bot = new UiBot().withTimeout(Duration.ofSeconds(30));

	@Test
	void refusesAnInvalidFormulaAndSavesTheFixedOne() throws Exception {
		Path folder = TestPortfolios.demo(new DemoPortfolio.Options(1, 30, 42, DemoPortfolio.Options.DEFAULT_END_DATE));
		TestPortfolios.open(bot, folder);
		WizardDialog dialog = bot.syncCall(
				() -> NewFormulaMetricWizard.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()));
		Shell shell = bot.syncCall(dialog::getShell);
		Button finish = bot.button(shell, "Finish");
		assertFalse(bot.syncCall(finish::isEnabled), "Finish is disabled before anything is entered");
		assertNull(errorMessage(dialog), "nothing is wrong before anything is typed");

		bot.type(bot.byId(Text.class, NewFormulaMetricWizard.ID_ID), ID);
		bot.type(bot.byId(Text.class, NewFormulaMetricWizard.NAME_ID), "Reply rate (%)");
		bot.type(bot.byId(Text.class, NewFormulaMetricWizard.DESCRIPTION_ID), "Replies per audience comment");
		bot.select(bot.byId(Combo.class, NewFormulaMetricWizard.UNIT_ID),
				com.socialyst.ui.internal.wizards.metrics.Messages.unitPercent);
		Text expression = bot.byId(Text.class, NewFormulaMetricWizard.EXPRESSION_ID);
		bot.type(expression, "(replies + comments");
		bot.flush();
		assertFalse(bot.syncCall(finish::isEnabled), "Finish is disabled while the formula is invalid");
		String error = errorMessage(dialog);
		assertNotNull(error, "the syntax error is shown");
		assertTrue(error.contains("not valid"), error);
		assertEquals(error, bot.syncCall(dialog::getErrorMessage), "the dialog's message area shows the page's error");
		Screenshots.save(bot, "formula-metric-wizard-error");

		Text id = bot.byId(Text.class, NewFormulaMetricWizard.ID_ID);
		bot.type(id, "cost_per_click"); // a formula metric of the demo portfolio
		bot.type(expression, "replies / comments * 100");
		assertFalse(bot.syncCall(finish::isEnabled), "a taken id is refused");
		assertTrue(errorMessage(dialog).contains("cost_per_click"), errorMessage(dialog));

		bot.type(id, ID);
		bot.waitUntil("Finish enabled", () -> bot.syncCall(finish::isEnabled));
		assertNull(errorMessage(dialog));
		Screenshots.save(bot, "formula-metric-wizard");
		bot.click(finish);
		bot.waitUntilGone(shell, "the wizard closes");

		assertTrue(Files.readString(folder.resolve("portfolio.xmi")).contains(ID), "portfolio.xmi holds the metric");
		FormulaMetric saved = PortfolioStore.open(folder, null).portfolio().getFormulaMetrics().stream()
				.filter(metric -> ID.equals(metric.getId())).findFirst()
				.orElseThrow(() -> new AssertionError(ID + " not in the reloaded portfolio"));
		assertEquals("Reply rate (%)", saved.getName());
		assertEquals("Replies per audience comment", saved.getDescription());
		assertEquals("replies / comments * 100", saved.getExpression());
		assertEquals("percent", saved.getUnit());
		assertTrue(bot.syncCall(() -> PortfolioSession.get().portfolio().portfolio().getFormulaMetrics().stream()
				.anyMatch(metric -> ID.equals(metric.getId()))), "the open portfolio has it too");
	}

	private String errorMessage(WizardDialog dialog) {
		return bot.syncCall(() -> dialog.getCurrentPage().getErrorMessage());
	}
}
