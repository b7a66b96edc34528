package com.socialyst.core.internal.imports;

import java.nio.file.Path;

import com.socialyst.model.Mention;

/** A mention read from a file, with the line it came from. */
record MentionRow(Mention mention, Path file, int line) {
}
