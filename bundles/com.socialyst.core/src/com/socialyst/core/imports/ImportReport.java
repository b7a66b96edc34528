package com.socialyst.core.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param formats the layout recognised in each file, such as "X post activity"
 * @param createdChannels ids of the channel accounts the import created
 * @param rows data rows read
 * @param added values added for days that had none
 * @param replaced values overwritten (only with {@link ImportOptions#replace()})
 * @param unchanged values the workspace held already with the same number
 * @param mentionsAdded mentions added to the client's listening log
 * @param mentionsKnown mentions the log held already
 * @param skipped rows left out because they were bad (only with {@link ImportOptions#skipBadRows()})
 * @param notes other things worth telling, such as ignored columns
 */
public record ImportReport(Map<Path, String> formats, List<String> createdChannels, int rows, int added,
		int replaced, int unchanged, int mentionsAdded, int mentionsKnown, List<ImportProblem> skipped,
		List<String> notes) {

	public ImportReport {
		formats = Map.copyOf(formats);
		createdChannels = List.copyOf(createdChannels);
		skipped = List.copyOf(skipped);
		notes = List.copyOf(notes);
	}

	/** Whether the import changed the workspace. */
	public boolean changedAnything() {
		return !createdChannels.isEmpty() || added > 0 || replaced > 0 || mentionsAdded > 0;
	}

	/** The report as lines for a console or a dialog. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		formats.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> lines.add(e.getKey().getFileName() + ": " + e.getValue()));
		createdChannels.forEach(id -> lines.add("Created channel account " + id));
		lines.addAll(notes);
		lines.add(String.format("%d rows read: %d values added, %d replaced, %d unchanged", rows, added, replaced,
				unchanged));
		if (mentionsAdded + mentionsKnown > 0) {
			lines.add(String.format("%d mentions added, %d already known", mentionsAdded, mentionsKnown));
		}
		if (!skipped.isEmpty()) {
			lines.add(skipped.size() + " bad rows skipped:");
			skipped.forEach(p -> lines.add("  " + p));
		}
		if (!changedAnything()) {
			lines.add("Nothing changed: the workspace holds these data already.");
		}
		return lines;
	}
}
