package com.socialyst.core.internal.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import com.socialyst.core.imports.ImportException;
import com.socialyst.core.imports.ImportProblem;
import com.socialyst.core.imports.ImportReport;
import com.socialyst.core.imports.ImportRequest;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.model.Client;

/**
 * One import, all-or-nothing: read every file, plan every change, and only when nothing is wrong (or the user
 * asked to skip bad rows) change the model and save the client's file.
 */
public final class ImportRun {

	private final OpenPortfolio portfolio;
	private final ImportRequest request;

	public ImportRun(OpenPortfolio portfolio, ImportRequest request) {
		this.portfolio = portfolio;
		this.request = request;
	}

	public ImportReport run(IProgressMonitor monitor) throws ImportException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + request.files().size() + " files",
				request.files().size() + 2);
		Client client = portfolio.client(request.clientId()).orElseThrow(() -> new IllegalArgumentException(
				"no client '" + request.clientId() + "' in " + portfolio.folder() + " (see socialyst clients)"));
		ChannelSpec channel = request.channel() == null ? null : ChannelSpec.parse(request.channel());

		List<ParsedFile> files = new ArrayList<>();
		List<ImportProblem> fatal = new ArrayList<>();
		for (Path file : request.files()) {
			progress.split(1).subTask(file.getFileName().toString());
			try {
				files.add(FileReaders.read(file, request.options().format(), request.options().dateFormat(), channel));
			} catch (ImportException e) {
				fatal.addAll(e.problems());
			}
		}
		for (ParsedFile file : files) {
			if (channel == null && !file.points.isEmpty() && !file.namesChannels()) {
				fatal.add(ImportProblem.ofFile(file.file, file.layout + " has no channel column: name the channel with"
						+ " --channel PLATFORM[:HANDLE]"));
			}
		}
		if (!fatal.isEmpty()) {
			throw new ImportException(fatal);
		}

		List<ImportProblem> bad = new ArrayList<>();
		files.forEach(file -> bad.addAll(file.badRows));
		MeasurementMerge measurements = new MeasurementMerge(client, channel, request.options().replace());
		MentionMerge mentions = new MentionMerge(client);
		for (ParsedFile file : files) {
			file.points.forEach(measurements::plan);
			file.mentions.forEach(mentions::plan);
		}
		progress.worked(1);
		bad.addAll(measurements.problems());
		if (!bad.isEmpty() && !request.options().skipBadRows()) {
			throw new ImportException(bad);
		}

		List<String> created = measurements.apply();
		mentions.apply();
		ImportReport report = report(files, created, measurements, mentions, bad);
		if (report.changedAnything()) {
			portfolio.saveClient(client);
		}
		progress.worked(1);
		return report;
	}

	private static ImportReport report(List<ParsedFile> files, List<String> created, MeasurementMerge measurements,
			MentionMerge mentions, List<ImportProblem> skipped) {
		Map<Path, String> formats = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		int rows = 0;
		for (ParsedFile file : files) {
			formats.put(file.file, file.layout);
			notes.addAll(file.notes);
			rows += file.rows;
		}
		return new ImportReport(formats, created, rows, measurements.added(), measurements.replaced(),
				measurements.unchanged(), mentions.added(), mentions.alreadyKnown(), skipped, notes);
	}
}
