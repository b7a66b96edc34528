package com.socialyst.core.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One import: files for one client, optionally into one channel account.
 *
 * @param clientId the client's id
 * @param channel {@code platform} or {@code platform:handle}; {@code null} only for mentions and for generic long
 *        files, which name the channel in each row
 * @param files the files, read in this order
 * @param options how to read and merge them
 */
public record ImportRequest(String clientId, String channel, List<Path> files, ImportOptions options) {

	public ImportRequest {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(options, "options");
		files = List.copyOf(files);
		if (files.isEmpty()) {
			throw new IllegalArgumentException("no file to import");
		}
	}
}
