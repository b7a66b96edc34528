package com.socialyst.ui.internal.wizards.assessment;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.socialyst.assessment.MaturityTexts;
import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Question;
import com.socialyst.ui.WidgetIds;

/**
 * The questions of one dimension. Each question shows its text, what every level means (the anchors), a combo to
 * pick the level and an optional comment. The page scrolls, and scrolls to whatever gets the keyboard focus.
 * <p>
 * Keyboard: Alt+1…9 goes to the level of question 1…9 of the page, Alt+a, c, d… to its comment (letters that the
 * wizard's own buttons, Back, Next and Finish, do not use); Tab walks level, comment, next level….
 * </p>
 */
final class QuestionPage extends WizardPage {

	/** Comment mnemonics: the letters of the alphabet without b, f and n (Back, Finish, Next). */
	private static final String COMMENT_KEYS = "acdeghijklmopqrstuvwxyz";

	private static final int SCROLLED_WIDTH = 680;
	private static final int SCROLLED_HEIGHT = 420;
	private static final int TEXT_WIDTH = SCROLLED_WIDTH - 60;

	private final RunAssessmentWizard wizard;
	private final Dimension dimension;

	QuestionPage(RunAssessmentWizard wizard, Dimension dimension, int number, int count) {
		super("dimension." + dimension.getId());
		this.wizard = wizard;
		this.dimension = dimension;
		MaturityTexts texts = wizard.texts(wizard.model());
		setTitle(NLS.bind(Messages.questionsTitle,
				new Object[] { texts.name(dimension, wizard.locale()), number, count }));
		String about = texts.description(dimension, wizard.locale());
		setDescription(about == null ? "" : about);
	}

	@Override
	public void createControl(Composite parent) {
		// a fixed preferred size: the dialog does not grow with the number of questions, the page scrolls
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		ScrolledComposite scrolled = new ScrolledComposite(page, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(SCROLLED_WIDTH, SCROLLED_HEIGHT).applyTo(scrolled);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		Composite content = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(1).spacing(5, 4).applyTo(content);
		scrolled.setContent(content);

		Label instructions = new Label(content, SWT.WRAP);
		instructions.setText(Messages.questionsInstructions);
		GridDataFactory.fillDefaults().grab(true, false).hint(TEXT_WIDTH, SWT.DEFAULT).applyTo(instructions);

		MaturityModel model = wizard.model();
		MaturityTexts texts = wizard.texts(model);
		int number = 0;
		for (Question question : dimension.getQuestions()) {
			number++;
			section(content, scrolled, model, texts, question, number);
		}

		scrolled.addListener(SWT.Resize, e -> {
			int width = scrolled.getClientArea().width;
			scrolled.setMinSize(content.computeSize(width, SWT.DEFAULT));
		});
		setControl(page);
	}

	/**
	 * One question: its text, the meaning of each level, then "Level" and "Comment", each label right before its
	 * field so that the label's mnemonic reaches the field.
	 */
	private void section(Composite content, ScrolledComposite scrolled, MaturityModel model, MaturityTexts texts,
			Question question, int number) {
		String text = texts.text(question, wizard.locale());
		String id = question.getId();
		Composite section = new Composite(content, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(0, 8).applyTo(section);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);

		Label questionLabel = new Label(section, SWT.WRAP);
		questionLabel.setText(NLS.bind(Messages.question, number, text.replace("&", "&&")));
		questionLabel.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(TEXT_WIDTH, SWT.DEFAULT)
				.applyTo(questionLabel);

		// what each level means, always visible: the combo shows only the chosen one
		Composite anchors = new Composite(section, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 1).margins(12, 0).applyTo(anchors);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(anchors);
		for (int value = 0; value <= model.getMaxLevel(); value++) {
			String anchor = texts.level(question, value, wizard.locale());
			if (anchor == null) {
				continue;
			}
			Label levelNumber = new Label(anchors, SWT.NONE);
			levelNumber.setText(Integer.toString(value));
			GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(levelNumber);
			Label meaning = new Label(anchors, SWT.WRAP);
			meaning.setText(anchor.replace("&", "&&"));
			GridDataFactory.fillDefaults().grab(true, false).hint(TEXT_WIDTH - 40, SWT.DEFAULT).applyTo(meaning);
		}

		Label levelLabel = new Label(section, SWT.NONE);
		levelLabel.setText(NLS.bind(Messages.level, number <= 9 ? "&" + number : Integer.toString(number)));
		keepWidth(levelLabel);
		Combo level = WidgetIds.tag(new Combo(section, SWT.READ_ONLY | SWT.DROP_DOWN),
				RunAssessmentWizard.QUESTION_ID_PREFIX + id);
		level.add(Messages.notAnswered);
		for (int value = 0; value <= model.getMaxLevel(); value++) {
			String anchor = texts.level(question, value, wizard.locale());
			level.add(anchor == null ? NLS.bind(Messages.levelOnly, value)
					: NLS.bind(Messages.levelItem, value, anchor));
		}
		level.setVisibleItemCount(model.getMaxLevel() + 2);
		Integer answered = wizard.draft().level(id);
		level.select(answered == null ? 0 : answered + 1);
		// a small preferred width, then all the room there is: GTK's natural width is that of the longest anchor
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(level);
		level.addListener(SWT.Selection, e -> wizard.draft().setLevel(id,
				level.getSelectionIndex() <= 0 ? null : level.getSelectionIndex() - 1));
		name(level, text);

		Label commentLabel = new Label(section, SWT.NONE);
		commentLabel.setText(NLS.bind(Messages.comment,
				number <= COMMENT_KEYS.length() ? "&" + COMMENT_KEYS.charAt(number - 1) : ""));
		keepWidth(commentLabel);
		Text comment = WidgetIds.tag(new Text(section, SWT.BORDER | SWT.SINGLE),
				RunAssessmentWizard.COMMENT_ID_PREFIX + id);
		comment.setText(wizard.draft().comment(id));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(comment);
		comment.addListener(SWT.Modify, e -> wizard.draft().setComment(id, comment.getText()));
		name(comment, commentLabel.getText().replace("&", "") + " " + text);

		// keyboard users see what they reach
		level.addListener(SWT.FocusIn, e -> scrolled.showControl(section));
		comment.addListener(SWT.FocusIn, e -> scrolled.showControl(comment));
	}

	/** Lays out {@code label} so that a narrow page squeezes its field, never the label. */
	private static void keepWidth(Label label) {
		int width = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).minSize(width, SWT.DEFAULT).applyTo(label);
	}

	/** The name a screen reader speaks for {@code control}: the question, without the mnemonic. */
	private static void name(Control control, String name) {
		control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = name;
			}
		});
	}
}
