package com.socialyst.core.internal.imports;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One value read from a file, with where it came from.
 *
 * @param channel the channel account spec the row names ({@code platform:handle}), or null for the import's
 *        channel
 * @param field the measurement field
 * @param date the day
 * @param value the value (never NaN: empty cells make no point)
 * @param file the file
 * @param line the line of the row (the first row of the day for per-post layouts)
 */
record Point(String channel, String field, LocalDate date, double value, Path file, int line) {
}
