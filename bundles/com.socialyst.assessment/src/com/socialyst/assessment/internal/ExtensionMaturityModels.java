package com.socialyst.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.socialyst.assessment.MaturityModels;
import com.socialyst.assessment.MaturityTexts;
import com.socialyst.maturity.MaturityModel;

/**
 * The models contributed to {@code com.socialyst.assessment.maturityModels}, read once on first use: every command
 * of the command line is instantiated at each start, and most never look at a maturity model.
 */
@Component(service = MaturityModels.class)
public class ExtensionMaturityModels implements MaturityModels {

	public static final String EXTENSION_POINT = "com.socialyst.assessment.maturityModels";

	@Reference
	IExtensionRegistry extensionRegistry;

	private final List<MaturityModel> models = new ArrayList<>();
	private final Map<MaturityModel, MaturityTexts> texts = new IdentityHashMap<>();
	private final List<String> problems = new ArrayList<>();
	private boolean loaded;

	/** For DS. */
	public ExtensionMaturityModels() {
	}

	/** Outside DS (tests). */
	public ExtensionMaturityModels(IExtensionRegistry registry) {
		this.extensionRegistry = registry;
	}

	private synchronized void load() {
		if (loaded) {
			return;
		}
		loaded = true;
		for (IConfigurationElement element : extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			Bundle bundle = Platform.getBundle(contributor);
			String file = element.getAttribute("file");
			String name = contributor + "/" + file;
			if (bundle == null || file == null) {
				problems.add(name + ": the contributing bundle or the file attribute is missing");
				continue;
			}
			try {
				MaturityModel model = ModelLoader.load(bundle.getEntry(file), name);
				if (models.stream().anyMatch(m -> m.getId().equals(model.getId()) && m.getVersion().equals(model.getVersion()))) {
					problems.add(name + ": model " + model.getId() + " " + model.getVersion()
							+ " is contributed twice; the second is ignored");
					continue;
				}
				models.add(model);
				texts.put(model, new MaturityTexts(element.getAttribute("translations"), bundle::getEntry));
			} catch (ModelLoader.ModelException e) {
				problems.add(e.getMessage());
			}
		}
		models.sort(Comparator.comparing(MaturityModel::getId).thenComparing(MaturityModel::getVersion, Versions.ORDER));
	}

	@Override
	public List<MaturityModel> all() {
		load();
		return List.copyOf(models);
	}

	@Override
	public Optional<MaturityModel> find(String id, String version) {
		load();
		return models.stream().filter(m -> m.getId().equals(id) && m.getVersion().equals(version)).findFirst();
	}

	@Override
	public Optional<MaturityModel> latest(String id) {
		load();
		return models.stream().filter(m -> m.getId().equals(id)).max(Comparator.comparing(MaturityModel::getVersion, Versions.ORDER));
	}

	@Override
	public MaturityTexts texts(MaturityModel model) {
		load();
		return texts.getOrDefault(model, MaturityTexts.untranslated());
	}

	@Override
	public List<String> problems() {
		load();
		return List.copyOf(problems);
	}
}
