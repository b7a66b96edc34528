package com.socialyst.report.birt;

import java.nio.file.Path;

/**
 * A design file to run, with the folder its libraries, images and resource files are looked up in.
 *
 * @param file the {@code .rptdesign} file
 * @param resourceFolder where the design's libraries ({@code .rptlibrary}), images and {@code .properties} files are
 *            found when they are not next to the design
 * @param variant what to change in it for this report
 */
public record ReportDesign(Path file, Path resourceFolder, DesignVariant variant) {
}
