package com.socialyst.ui.internal.wizards.assessment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.AbstractOverrideableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import com.socialyst.assessment.AssessmentHistory;
import com.socialyst.assessment.AssessmentResult;
import com.socialyst.assessment.AssessmentScorer;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.MaturityTexts;
import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.model.Assessment;
import com.socialyst.model.Client;
import com.socialyst.model.SocialystPackage;
import com.socialyst.ui.internal.session.PortfolioSession;

/**
 * Runs a maturity assessment of a client: the client and model, then one page of questions per dimension of the
 * model (prefilled from the client's latest assessment with that model), then the resulting scores and stage,
 * computed by {@link AssessmentScorer} as {@code socialyst assess} computes them.
 * <p>
 * Finish records the assessment dated today through the client's editing domain, so it can be undone with the
 * client's other edits, and saves the client. As with {@code socialyst assess}, an assessment with the same model on
 * the same day is replaced rather than doubled.
 * </p>
 */
public class RunAssessmentWizard extends Wizard {

	/** Widget ids (see {@link com.socialyst.ui.WidgetIds}). */
	public static final String CLIENT_ID = "assessment.client";
	public static final String MODEL_ID = "assessment.model";
	public static final String PREFILL_ID = "assessment.prefill";
	/** Followed by the question's id: {@code assessment.q.reach.sales}, the level combo of that question. */
	public static final String QUESTION_ID_PREFIX = "assessment.q.";
	/** Followed by the question's id: the comment field of that question. */
	public static final String COMMENT_ID_PREFIX = "assessment.comment.";
	public static final String RESULT_ID = "assessment.result";
	public static final String PREVIOUS_ID = "assessment.previous";
	public static final String DIMENSIONS_ID = "assessment.dimensions";

	private final List<Client> clients;
	private final Client initial;
	private final MaturityModels models;
	private final Locale locale = Locale.getDefault();
	private final LocalDate today = LocalDate.now();
	private final AnswerDraft draft = new AnswerDraft();

	private final ModelPage modelPage;
	private final ResultPage resultPage;
	private List<QuestionPage> questionPages = List.of();

	private Client client;
	private MaturityModel model;
	/** The client and model whose question pages and answers are current. */
	private Client pagesClient;
	private MaturityModel pagesModel;
	private Assessment prefilledFrom;

	public RunAssessmentWizard(List<Client> clients, Client initial, MaturityModels models) {
		this.clients = List.copyOf(clients);
		this.initial = initial;
		this.models = models;
		this.modelPage = new ModelPage(this);
		this.resultPage = new ResultPage(this);
		setWindowTitle(Messages.windowTitle);
		setForcePreviousAndNextButtons(true);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(modelPage);
		addPage(resultPage);
	}

	// ---------------------------------------------------------------- what the pages share

	List<Client> clients() {
		return clients;
	}

	Client initialClient() {
		return initial;
	}

	MaturityModels models() {
		return models;
	}

	MaturityTexts texts(MaturityModel of) {
		return models.texts(of);
	}

	Locale locale() {
		return locale;
	}

	LocalDate today() {
		return today;
	}

	AnswerDraft draft() {
		return draft;
	}

	Client client() {
		return client;
	}

	MaturityModel model() {
		return model;
	}

	/** The assessment the answers started from; null when they started empty. */
	Assessment prefilledFrom() {
		return prefilledFrom;
	}

	/**
	 * Chooses the client and model. When the client or the model changes, the question pages are made anew for the
	 * model; when the client or the model's id changes (not only its version), the answers start over from that
	 * client's latest assessment with that model.
	 */
	void choose(Client chosenClient, MaturityModel chosenModel) {
		client = chosenClient;
		model = chosenModel;
		if (client == null || model == null || (client == pagesClient && model == pagesModel)) {
			return;
		}
		if (client != pagesClient || pagesModel == null || !model.getId().equals(pagesModel.getId())) {
			prefilledFrom = AnswerDraft.latest(client, model);
			draft.load(prefilledFrom, model);
		}
		questionPages.forEach(QuestionPage::dispose);
		List<QuestionPage> pages = new ArrayList<>();
		List<Dimension> dimensions = model.getDimensions();
		for (int i = 0; i < dimensions.size(); i++) {
			QuestionPage page = new QuestionPage(this, dimensions.get(i), i + 1, dimensions.size());
			page.setWizard(this);
			pages.add(page);
		}
		questionPages = List.copyOf(pages);
		pagesClient = client;
		pagesModel = model;
	}

	/** The assessment Finish would record, scored. */
	AssessmentResult result() {
		return AssessmentScorer.score(model, draft.toAssessment(model, today));
	}

	/** The client's latest assessment with this model before today, scored; empty when there is none. */
	Optional<AssessmentResult> previous() {
		List<AssessmentResult> results = AssessmentHistory.of(client, model.getId(), models).results();
		for (int i = results.size() - 1; i >= 0; i--) {
			if (results.get(i).date().isBefore(today)) {
				return Optional.of(results.get(i));
			}
		}
		return Optional.empty();
	}

	/** The position of the client's assessment with this model dated today, which Finish replaces; -1 if none. */
	int sameDay() {
		List<Assessment> assessments = client.getAssessments();
		for (int i = 0; i < assessments.size(); i++) {
			Assessment existing = assessments.get(i);
			if (model.getId().equals(existing.getModelId()) && today.equals(existing.getDate())) {
				return i;
			}
		}
		return -1;
	}

	// ---------------------------------------------------------------- page flow

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == modelPage) {
			return questionPages.isEmpty() ? resultPage : questionPages.get(0);
		}
		int index = questionPages.indexOf(page);
		if (index >= 0) {
			return index + 1 < questionPages.size() ? questionPages.get(index + 1) : resultPage;
		}
		return null;
	}

	@Override
	public IWizardPage getPreviousPage(IWizardPage page) {
		if (page == resultPage) {
			return questionPages.isEmpty() ? modelPage : questionPages.get(questionPages.size() - 1);
		}
		int index = questionPages.indexOf(page);
		if (index > 0) {
			return questionPages.get(index - 1);
		}
		return index == 0 ? modelPage : null;
	}

	@Override
	public IWizardPage getPage(String name) {
		for (QuestionPage page : questionPages) {
			if (page.getName().equals(name)) {
				return page;
			}
		}
		return super.getPage(name);
	}

	/** Finish is offered once the scores are shown and at least one question is answered. */
	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == resultPage && client != null
				&& model != null && draft.answered(model) > 0;
	}

	@Override
	public boolean performFinish() {
		Assessment assessment = draft.toAssessment(model, today);
		EditingDomain domain = PortfolioSession.get().domain(client);
		int same = sameDay();
		// AddCommand, or ReplaceCommand for today's: the client's undo history takes it like any other edit
		AbstractOverrideableCommand command = same >= 0
				? new ReplaceCommand(domain, client, SocialystPackage.Literals.CLIENT__ASSESSMENTS,
						client.getAssessments().get(same), List.of(assessment))
				: new AddCommand(domain, client, SocialystPackage.Literals.CLIENT__ASSESSMENTS, assessment);
		command.setLabel(Messages.commandLabel); // what Edit > Undo names
		if (!command.canExecute()) {
			resultPage.setErrorMessage(NLS.bind(Messages.cannotRecord, client.getName()));
			return false;
		}
		CommandStack stack = domain.getCommandStack();
		stack.execute(command);
		try {
			PortfolioSession.get().save(client);
		} catch (IOException e) {
			MessageDialog.openError(getShell(), Messages.windowTitle, NLS.bind(Messages.saveFailed, client.getName(),
					e.getMessage() == null ? e.toString() : e.getMessage()));
		}
		PortfolioSession.get().clientsChanged(List.of(client));
		return true;
	}

	@Override
	public void dispose() {
		questionPages.forEach(QuestionPage::dispose);
		questionPages = List.of();
		super.dispose();
	}
}
