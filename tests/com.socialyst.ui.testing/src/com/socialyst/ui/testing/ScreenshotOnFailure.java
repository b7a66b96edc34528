package com.socialyst.ui.testing;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension: when a test fails, saves a screenshot of the screen as
 * {@code <screenshots folder>/<TestClass>.<method>-FAILED.png}. Use with
 * {@code @ExtendWith(ScreenshotOnFailure.class)}.
 */
public class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
				+ "-FAILED";
		try {
			Path file = Screenshots.save(new UiBot(), name);
			System.err.println("Screenshot of the failed test " + name + ": " + file);
		} catch (Throwable t) {
			System.err.println("Could not take a screenshot of the failed test " + name + ": " + t);
		}
	}

	@Override
	public void testAborted(ExtensionContext context, Throwable cause) {
		Optional.ofNullable(cause).ifPresent(c -> testFailed(context, c));
	}
}
