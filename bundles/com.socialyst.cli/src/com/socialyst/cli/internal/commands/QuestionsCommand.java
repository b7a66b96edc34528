package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.MaturityTexts;
import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Question;
import com.socialyst.maturity.Stage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst questions}: the questionnaire of a maturity model, or an answer template. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "questions", description = {
		"Lists the questions of a maturity model by dimension, what each answer level means, and the stages with "
				+ "their thresholds.",
		"With --csv, prints an answer-file template instead: one row per question (question, level, comment, text) "
				+ "to fill in and pass to 'socialyst assess --answers'." },
		footer = { "%nExamples:", "  socialyst questions --locale nl", "  socialyst questions --csv > acme-answers.csv" })
public class QuestionsCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Reference
	MaturityModels models;

	@Mixin
	MaturityModelOption model;

	@Mixin
	LocaleOption language;

	@Option(names = "--csv", description = "Print an answer-file template instead.")
	boolean csv;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		models.problems().forEach(problem -> spec.commandLine().getErr().println("warning: maturity model not loaded: " + problem));
		MaturityModel maturityModel = model.resolve(models);
		Locale locale = language.locale();
		MaturityTexts texts = models.texts(maturityModel);
		if (csv) {
			try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
				printer.printRecord("question", "level", "comment", "text");
				for (Dimension dimension : maturityModel.getDimensions()) {
					for (Question question : dimension.getQuestions()) {
						printer.printRecord(question.getId(), "", "", texts.text(question, locale));
					}
				}
			}
			return ExitCodes.OK;
		}
		out.printf("%s %s: answer each question with a level from 0 to %d%n", texts.name(maturityModel, locale),
				maturityModel.getVersion(), maturityModel.getMaxLevel());
		for (Dimension dimension : maturityModel.getDimensions()) {
			out.println();
			out.println(texts.name(dimension, locale));
			for (Question question : dimension.getQuestions()) {
				out.printf("  %s  %s%n", question.getId(), texts.text(question, locale));
				for (int level = 0; level <= maturityModel.getMaxLevel(); level++) {
					out.printf("      %d  %s%n", level, texts.level(question, level, locale));
				}
			}
		}
		out.println();
		out.println("Stages:");
		for (Stage stage : maturityModel.getStages()) {
			out.printf("  %-12s from %s overall%s: %s%n", texts.name(stage, locale), AssessmentText.score(stage.getMinScore()),
					stage.getMinDimensionScore() > 0
							? ", every dimension at least " + AssessmentText.score(stage.getMinDimensionScore())
							: "",
					texts.description(stage, locale));
		}
		out.flush();
		return ExitCodes.OK;
	}
}
