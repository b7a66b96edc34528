package com.socialyst.ui.testing;

import java.nio.file.Path;

/**
 * Where screenshots go: the folder named by the system property {@value #FOLDER_PROPERTY}
 * (the build sets it to the test bundle's {@code target/screenshots}), else
 * {@code target/screenshots} below the working directory.
 */
public final class Screenshots {

	public static final String FOLDER_PROPERTY = "socialyst.screenshots";

	private Screenshots() {
	}

	public static Path folder() {
		return Path.of(System.getProperty(FOLDER_PROPERTY, "target/screenshots"));
	}

	/** Saves a screenshot named {@code name}.png in {@link #folder()} and returns its path. */
	public static Path save(UiBot bot, String name) {
		return bot.screenshot(folder().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"));
	}
}
