package com.socialyst.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.Level;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.MaturityPackage;
import com.socialyst.maturity.Question;
import com.socialyst.maturity.Stage;

/** Reads a maturity model file and checks the rules the scoring relies on. */
public final class ModelLoader {

	private ModelLoader() {
	}

	/**
	 * @param name how to call the file in messages (bundle and path)
	 * @throws ModelException naming the file and every broken rule
	 */
	public static MaturityModel load(URL url, String name) throws ModelException {
		if (url == null) {
			throw new ModelException(name + ": no such file");
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(MaturityPackage.eNS_URI, MaturityPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource resource = resourceSet.createResource(URI.createURI("model.xmi"));
		try (InputStream in = url.openStream()) {
			resource.load(in, Map.of());
		} catch (IOException | RuntimeException e) {
			throw new ModelException(name + ": cannot be read: " + e.getMessage());
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof MaturityModel model)) {
			throw new ModelException(name + ": does not hold a maturity model (root element "
					+ (resource.getContents().isEmpty() ? "missing" : resource.getContents().get(0).eClass().getName()) + ")");
		}
		List<String> problems = check(model);
		if (!problems.isEmpty()) {
			throw new ModelException(name + ": " + String.join("; ", problems));
		}
		return model;
	}

	/** The rules of the schema's documentation; empty when the model can be used. */
	public static List<String> check(MaturityModel model) {
		List<String> problems = new ArrayList<>();
		if (blank(model.getId()) || blank(model.getVersion())) {
			problems.add("the model needs an id and a version");
		}
		if (model.getMaxLevel() < 1) {
			problems.add("maxLevel must be at least 1, not " + model.getMaxLevel());
		}
		if (model.getDimensions().isEmpty()) {
			problems.add("the model has no dimensions");
		}
		Set<String> ids = new HashSet<>();
		for (Dimension dimension : model.getDimensions()) {
			if (blank(dimension.getId()) || !ids.add(dimension.getId())) {
				problems.add("dimension id '" + dimension.getId() + "' is missing or used twice");
			}
			if (!(dimension.getWeight() > 0) || Double.isInfinite(dimension.getWeight())) {
				problems.add("dimension '" + dimension.getId() + "': weight must be positive, not " + dimension.getWeight());
			}
			if (dimension.getQuestions().isEmpty()) {
				problems.add("dimension '" + dimension.getId() + "' has no questions");
			}
			for (Question question : dimension.getQuestions()) {
				if (blank(question.getId()) || !ids.add(question.getId())) {
					problems.add("question id '" + question.getId() + "' is missing or used twice");
				}
				Set<Integer> levels = new HashSet<>();
				for (Level level : question.getLevels()) {
					if (level.getValue() < 0 || level.getValue() > model.getMaxLevel() || !levels.add(level.getValue())
							|| blank(level.getDescription())) {
						problems.add("question '" + question.getId() + "': level " + level.getValue()
								+ " is out of 0.." + model.getMaxLevel() + ", repeated or not described");
					}
				}
				if (levels.size() != model.getMaxLevel() + 1) {
					problems.add("question '" + question.getId() + "' must describe every level 0.." + model.getMaxLevel());
				}
			}
		}
		if (model.getStages().isEmpty()) {
			problems.add("the model has no stages");
		} else if (model.getStages().get(0).getMinScore() != 0) {
			problems.add("the first stage must start at 0, not " + model.getStages().get(0).getMinScore());
		}
		double previous = -1;
		Set<String> stageIds = new HashSet<>();
		for (Stage stage : model.getStages()) {
			if (blank(stage.getId()) || !stageIds.add(stage.getId())) {
				problems.add("stage id '" + stage.getId() + "' is missing or used twice");
			}
			if (!(stage.getMinScore() > previous) || stage.getMinScore() > 100) {
				problems.add("stage '" + stage.getId() + "': minScore " + stage.getMinScore()
						+ " must be above the previous stage's and at most 100");
			}
			if (!(stage.getMinDimensionScore() >= 0 && stage.getMinDimensionScore() <= 100)) {
				problems.add("stage '" + stage.getId() + "': minDimensionScore " + stage.getMinDimensionScore()
						+ " must be within 0..100");
			}
			previous = stage.getMinScore();
		}
		return problems;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** A model file that cannot be used; the message names the file. */
	public static final class ModelException extends Exception {
		private static final long serialVersionUID = 1L;

		public ModelException(String message) {
			super(message);
		}
	}
}
