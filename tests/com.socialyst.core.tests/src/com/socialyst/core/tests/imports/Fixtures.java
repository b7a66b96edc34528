package com.socialyst.core.tests.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.FrameworkUtil;

import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.Client;
import com.socialyst.model.Industry;
import com.socialyst.model.SocialystFactory;

/** The import fixture files of this bundle ({@code fixtures/imports/}), and a workspace to import into. */
final class Fixtures {

	private Fixtures() {
	}

	/** A fixture copied into {@code folder}, so a test may change it freely. */
	static Path copy(String name, Path folder) {
		try {
			URL entry = FrameworkUtil.getBundle(Fixtures.class).getEntry("fixtures/imports/" + name);
			if (entry == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			Path source = Path.of(FileLocator.toFileURL(entry).toURI());
			Path target = folder.resolve(name);
			Files.createDirectories(folder);
			return Files.copy(source, target);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A saved portfolio in {@code folder} with one empty client {@code acme}. */
	static OpenPortfolio workspace(Path folder) throws IOException {
		OpenPortfolio open = PortfolioStore.create(folder, "Brightline Social");
		Client client = SocialystFactory.eINSTANCE.createClient();
		client.setId("acme");
		client.setName("Acme Gardens");
		client.setIndustry(Industry.RETAIL);
		open.addClient(client);
		open.save(null);
		return open;
	}
}
