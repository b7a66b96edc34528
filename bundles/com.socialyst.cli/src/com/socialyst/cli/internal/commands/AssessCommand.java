package com.socialyst.cli.internal.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import com.socialyst.assessment.AnswerFile;
import com.socialyst.assessment.AnswerFileException;
import com.socialyst.assessment.AnswerSet;
import com.socialyst.assessment.AssessmentHistory;
import com.socialyst.assessment.Assessments;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.model.Client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst assess}: records a maturity assessment from an answer file. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "assess", description = {
		"Records a client's social-maturity assessment from a file of answers (CSV or JSON) and prints the scores, "
				+ "the stage and the change since the previous assessment.",
		"The file is checked whole first: every unknown question id, level outside 0..4 and repeated question is "
				+ "listed with its line or entry, and nothing is recorded. Questions the file leaves out count as "
				+ "unanswered, not as 0. An assessment of the same model on the same day is replaced; earlier ones "
				+ "stay as history.",
		"CSV: a header with 'question' and 'level' (and optionally 'comment'); a first line 'date,YYYY-MM-DD' may "
				+ "give the day. JSON: {\"date\": \"2026-11-20\", \"answers\": {\"<question id>\": 3, ...}} or "
				+ "\"answers\": [{\"question\": ..., \"level\": ..., \"comment\": ...}]. 'socialyst questions' "
				+ "lists the questions and levels; 'socialyst questions --csv' writes a template to fill in." },
		footer = { "%nExample:", "  socialyst assess -w ~/clients --client acme --answers acme-2026-11.csv" })
public class AssessCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Reference
	MaturityModels models;

	@Mixin
	WorkspaceOption workspace;

	@Mixin
	MaturityModelOption model;

	@Option(names = "--client", required = true, paramLabel = "ID", description = "The client's id (see 'socialyst clients').")
	String client;

	@Option(names = "--answers", required = true, paramLabel = "FILE", description = "The answers, CSV or JSON.")
	Path answers;

	@Option(names = "--date", paramLabel = "DATE",
			description = "The assessment day (default: the date in the file, else today).")
	LocalDate date;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		MaturityModel maturityModel = model.resolve(models);
		OpenPortfolio portfolio = workspace.open(err, null);
		Client target = workspace.client(portfolio, client);
		AnswerSet set;
		try {
			set = AnswerFile.read(answers, maturityModel);
		} catch (AnswerFileException e) {
			e.problems().forEach(problem -> err.println("socialyst assess: " + problem));
			err.println("Nothing was recorded; the client file is unchanged.");
			return ExitCodes.FAILURE;
		}
		LocalDate day = date != null ? date : set.date() != null ? set.date() : LocalDate.now();
		boolean replaced = Assessments.existsOn(target, maturityModel.getId(), day);
		Assessments.record(target, maturityModel, set, day);
		portfolio.saveClient(target);
		out.printf("Recorded the %s assessment of %s on %s (%d answers)%s.%n", maturityModel.getId() + " "
				+ maturityModel.getVersion(), target.getId(), day, set.answers().size(),
				replaced ? ", replacing the one of that day" : "");
		out.println();
		AssessmentHistory history = AssessmentHistory.of(target, maturityModel.getId(), models);
		new AssessmentText(models, java.util.Locale.ENGLISH).print(out, target, history, null);
		out.flush();
		return ExitCodes.OK;
	}
}
