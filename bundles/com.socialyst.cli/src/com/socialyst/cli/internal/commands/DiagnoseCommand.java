package com.socialyst.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import com.socialyst.assessment.MaturityModels;
import com.socialyst.cli.CliCommand;
import com.socialyst.cli.ExitCodes;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.diagnosis.Category;
import com.socialyst.diagnosis.DiagnosisReport;
import com.socialyst.diagnosis.Diagnoser;
import com.socialyst.diagnosis.Finding;
import com.socialyst.diagnosis.internal.RuleRegistry;
import com.socialyst.metrics.MetricEngine;
import com.socialyst.metrics.MetricRegistry;
import com.socialyst.model.Client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialyst diagnose}: why a client's social media does not deliver, with evidence and what to do. */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "diagnose", description = {
		"Looks for the usual causes of weak results in each client's strategy, KPIs and data (culture, ROI not "
				+ "measured, resources, technology, strategy, execution, evaluation) and prints each finding with "
				+ "its severity, the evidence and a recommendation.",
		"JSON output is one object per client per line: clientId, clientName, asOf, findings[] (ruleId, category, "
				+ "severity, title, evidence[], recommendation, sources[]), problems[].",
		"--locale translates titles, evidence, recommendations and the severity and category names of text output; "
				+ "JSON keeps ruleId, category and severity as ids, and sources stay as published." },
		footer = { "%nExamples:", "  socialyst diagnose -w ~/clients --client acme",
				"  socialyst diagnose -w ~/clients --client acme --locale sr-Latn" })
public class DiagnoseCommand implements CliCommand {

	@Spec
	CommandSpec spec;

	@Reference
	MetricRegistry metrics;

	@Reference
	IExtensionRegistry extensions;

	@Reference
	MaturityModels maturityModels;

	@Mixin
	WorkspaceOption workspace;

	@Option(names = "--client", paramLabel = "ID", description = "Only this client (default: all).")
	String client;

	@Option(names = "--as-of", paramLabel = "DATE", description = "The diagnosis day (default: today).")
	LocalDate asOf;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
	EvaluateCommand.OutputFormat format;

	@Mixin
	LocaleOption language;

	private static final Gson GSON = ScorecardJson.builder()
			.registerTypeAdapter(Category.class, new TypeAdapter<Category>() {
				@Override
				public void write(JsonWriter out, Category value) throws IOException {
					out.value(value.id());
				}

				@Override
				public Category read(JsonReader in) throws IOException {
					return Category.fromId(in.nextString());
				}
			}).create();

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Locale locale = language.locale(); // an unknown tag is a usage error before any work
		if (format == EvaluateCommand.OutputFormat.CSV) {
			throw new IllegalArgumentException("diagnose prints text or json, not csv");
		}
		OpenPortfolio portfolio = workspace.open(spec.commandLine().getErr(), null);
		List<Client> clients = new ArrayList<>();
		if (client != null) {
			clients.add(workspace.client(portfolio, client));
		} else {
			clients.addAll(portfolio.clients());
		}
		RuleRegistry rules = new RuleRegistry(extensions);
		rules.problems().forEach(problem -> spec.commandLine().getErr().println("warning: " + problem));
		Diagnoser diagnoser = new Diagnoser(rules.rules(), maturityModels);
		MetricEngine engine = new MetricEngine(metrics, portfolio.portfolio());
		LocalDate day = asOf != null ? asOf : LocalDate.now();
		for (Client one : clients) {
			DiagnosisReport report = diagnoser.diagnose(one, day, engine, locale);
			if (format == EvaluateCommand.OutputFormat.JSON) {
				out.println(GSON.toJson(report));
			} else {
				print(out, report, locale);
			}
		}
		out.flush();
		return portfolio.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
	}

	private static void print(PrintWriter out, DiagnosisReport report, Locale locale) {
		out.printf("%s (%s), as of %s: %s%n", report.clientName(), report.clientId(), report.asOf(),
				report.findings().isEmpty() ? "no findings" : report.findings().size() + " findings");
		for (Finding finding : report.findings()) {
			out.printf("  [%s] %s: %s%n", finding.severity().label(locale), finding.category().label(locale),
					finding.title());
			finding.evidence().forEach(line -> out.println("      evidence: " + line));
			out.println("      do: " + finding.recommendation());
			finding.sources().forEach(source -> out.println("      source: " + source));
		}
		report.problems().forEach(problem -> out.println("  problem: " + problem));
		out.println();
	}
}
