package com.socialyst.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.model.Answer;
import com.socialyst.model.Assessment;
import com.socialyst.model.Client;
import com.socialyst.ui.internal.session.PortfolioSession;
import com.socialyst.ui.internal.wizards.assessment.RunAssessmentHandler;
import com.socialyst.ui.internal.wizards.assessment.RunAssessmentWizard;
import com.socialyst.ui.testing.ScreenshotOnFailure;
import com.socialyst.ui.testing.Screenshots;
import com.socialyst.ui.testing.UiBot;

/**
 * Run Assessment: levels chosen question by question give a score and a stage before Finish; Finish records a new
 * assessment dated today, undoably, and saves the client.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AssessmentWizardTest {

	/** Combo index 0 is "Not answered", so index 3 is level 2: every dimension scores 50, the stage is Formalized. */
	private static final int LEVEL_2 = 3;

	private final UiBot bot = new UiBot();
	private Path folder;
	private WizardDialog dialog;

	@BeforeEach
	void openDemoPortfolio() {
		folder = TestPortfolios.small(1, 30);
		TestPortfolios.open(bot, folder);
	}

	@AfterEach
	void closeEverything() throws IOException {
		bot.syncRun(() -> {
			if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close(); // left open by a failed assertion
			}
		});
		TestPortfolios.close(bot);
		TestPortfolios.delete(folder);
	}

	@Test
	void recordsTheChosenLevelsAsANewUndoableAssessmentAndShowsItsStage() throws Exception {
		Client client = bot.syncCall(() -> PortfolioSession.get().portfolio().clients().get(0));
		LocalDate today = LocalDate.now();
		int before = bot.syncCall(() -> client.getAssessments().size());
		boolean replacesToday = bot.syncCall(() -> client.getAssessments().stream()
				.anyMatch(a -> MaturityModels.STANDARD_ID.equals(a.getModelId()) && today.equals(a.getDate())));

		Shell window = bot.syncCall(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
		dialog = bot.syncCall(() -> RunAssessmentHandler.open(window, client));
		assertNotNull(dialog, "a portfolio is open, so the wizard opens");
		Shell wizard = bot.shell("Run Assessment");
		Combo model = bot.byId(Combo.class, RunAssessmentWizard.MODEL_ID);
		assertTrue(bot.text(model).endsWith(" 1.0"), "the standard model is chosen: " + bot.text(model));
		Combo clientCombo = bot.byId(Combo.class, RunAssessmentWizard.CLIENT_ID);
		assertEquals(client.getName() + " (" + client.getId() + ")", bot.text(clientCombo), "preselected client");
		Button next = bot.button(wizard, "Next >");
		assertTrue(bot.syncCall(next::isEnabled), "client and model are chosen");
		screenshot(wizard, "assessment-wizard-model");

		// Next through the dimensions, answering level 2 everywhere, until the result page shows
		Set<String> answered = new LinkedHashSet<>();
		for (int page = 0; page < 30 && bot.findAll(Label.class, UiBot.withId(RunAssessmentWizard.RESULT_ID)).isEmpty();
				page++) {
			bot.click(next);
			List<Combo> questions = bot.findAll(Combo.class, combo -> String.valueOf(combo.getData(UiBot.ID_KEY))
					.startsWith(RunAssessmentWizard.QUESTION_ID_PREFIX));
			for (Combo question : questions) {
				String id = String.valueOf(bot.syncCall(() -> question.getData(UiBot.ID_KEY)));
				if (answered.add(id)) {
					choose(question, LEVEL_2);
				}
			}
			if (page == 0) {
				assertFalse(questions.isEmpty(), "the first dimension's questions are shown");
				assertTrue(bot.syncCall(() -> questions.get(0).getItemCount()) >= 6,
						"not answered, then one item per level 0..4");
				screenshot(wizard, "assessment-wizard-questions");
			}
		}
		int questionCount = answered.size();
		assertTrue(questionCount >= 8, questionCount + " questions answered");

		Label result = bot.byId(Label.class, RunAssessmentWizard.RESULT_ID);
		assertTrue(bot.text(result).startsWith("Stage: Formalized"), bot.text(result));
		assertTrue(bot.text(result).contains("50"), "every dimension scores 50: " + bot.text(result));
		screenshot(wizard, "assessment-wizard-result");

		bot.click(bot.button(wizard, "Finish"));
		bot.waitUntilGone(wizard, "the Run Assessment wizard");

		assertEquals(replacesToday ? before : before + 1, (int) bot.syncCall(() -> client.getAssessments().size()));
		Assessment recorded = bot.syncCall(() -> client.getAssessments().stream()
				.filter(a -> today.equals(a.getDate()) && MaturityModels.STANDARD_ID.equals(a.getModelId()))
				.reduce((first, second) -> second).orElse(null));
		assertNotNull(recorded, "an assessment dated today");
		assertEquals(questionCount, bot.syncCall(() -> recorded.getAnswers().size()));
		assertTrue(bot.syncCall(() -> recorded.getAnswers().stream().mapToInt(Answer::getLevel).allMatch(l -> l == 2)));
		assertFalse(bot.syncCall(() -> PortfolioSession.get().isDirty(client)), "the client is saved");
		Path file = Path.of(client.eResource().getURI().toFileString());
		assertTrue(Files.readString(file).contains(today.toString()), "the client's file holds the assessment");

		// recorded through the client's command stack: undo takes it back
		CommandStack stack = bot.syncCall(() -> PortfolioSession.get().domain(client).getCommandStack());
		assertTrue(bot.syncCall(stack::canUndo));
		assertEquals("Run Assessment", bot.syncCall(() -> stack.getUndoCommand().getLabel()));
		bot.syncRun(stack::undo);
		assertEquals(before, (int) bot.syncCall(() -> client.getAssessments().size()));
		assertFalse(bot.syncCall(() -> client.getAssessments().contains(recorded)), "undone");
	}

	/** Selects item {@code index} of {@code combo} as a user would. */
	private void choose(Combo combo, int index) {
		bot.syncRun(() -> {
			combo.setFocus();
			combo.select(index);
			Event event = new Event();
			event.widget = combo;
			combo.notifyListeners(SWT.Selection, event);
		});
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
