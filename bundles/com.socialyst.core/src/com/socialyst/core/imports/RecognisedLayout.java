package com.socialyst.core.imports;

/**
 * What an import file was recognised as, before any row is read: the format and the layout's name as error messages
 * and docs/import-formats.md call it (for example "X post activity export (per post)").
 */
public record RecognisedLayout(ImportFormat format, String name) {
}
