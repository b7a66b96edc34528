package com.socialyst.ui.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The OSGi services the workbench uses (metric registry, maturity models, reports …), tracked once per type so a
 * lookup is a field read. The same services the {@code socialyst} commands get injected: the workbench and the command
 * line run one code path.
 */
public final class Services {

	private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

	private Services() {
	}

	/**
	 * The service of {@code type}, waiting up to five seconds for Declarative Services to start it.
	 *
	 * @throws IllegalStateException when no such service runs (a broken installation)
	 */
	public static <T> T get(Class<T> type) {
		ServiceTracker<?, ?> tracker = TRACKERS.computeIfAbsent(type, Services::track);
		try {
			Object service = tracker.waitForService(5000);
			if (service == null) {
				throw new IllegalStateException("the " + type.getSimpleName()
						+ " service is not running: the installation is incomplete");
			}
			return type.cast(service);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
		}
	}

	private static ServiceTracker<?, ?> track(Class<?> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, type.getName(), null);
		tracker.open();
		return tracker;
	}
}
