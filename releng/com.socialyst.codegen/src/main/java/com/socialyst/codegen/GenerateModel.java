package com.socialyst.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the EMF model and edit code of Socialyst from a {@code .genmodel}, outside Eclipse.
 *
 * <p>Usage: {@code GenerateModel <repository root> <genmodel path relative to the root>...}; the pom runs
 * it for every genmodel of the product as {@code ./mvnw -q -f releng/com.socialyst.codegen/pom.xml compile exec:java}.
 *
 * <p>What it does, in order:
 * <ol>
 * <li>maps {@code platform:/resource/<bundle>/} to {@code <root>/bundles/<bundle>/} for every bundle folder, so the
 * genmodel's {@code /com.socialyst.model/src-gen}-style directories land in the repository;</li>
 * <li>loads the genmodel and reconciles it with its {@code .ecore} (classes, features and operations added to the
 * ecore get their generator settings, removed ones lose them) and writes the genmodel back only when that changed
 * it;</li>
 * <li>generates the Model and Edit code; EMF merges into existing Java files, so members tagged
 * {@code @generated NOT} (or without {@code @generated}) survive, and merges {@code plugin.properties};</li>
 * <li>restores the hand-maintained {@code META-INF/MANIFEST.MF}, {@code plugin.xml} and {@code build.properties}
 * of the bundles byte for byte (EMF would merge its own extensions into plugin.xml) and deletes any the generator
 * created.</li>
 * </ol>
 * Running it twice changes nothing the second time.
 */
public final class GenerateModel {

	/** Files of a bundle that we maintain by hand and the generator must leave as they are. */
	private static final List<String> HAND_MAINTAINED = List.of("META-INF/MANIFEST.MF", "plugin.xml", "build.properties", ".project", ".classpath");

	private final Path root;

	private final ResourceSet resourceSet = new ResourceSetImpl();

	private GenerateModel(Path root) {
		this.root = root;
	}

	/** Runs inside Maven (exec:java): fails by throwing, never by System.exit, which would end Maven too. */
	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: GenerateModel <repository root> <genmodel path relative to the root>...");
		}
		Path root = Path.of(args[0]).toRealPath();
		int problems = 0;
		for (int i = 1; i < args.length; i++) {
			// A fresh generator per genmodel: each one's resources and generated packages stay apart.
			problems += new GenerateModel(root).generate(root.resolve(args[i]));
		}
		if (problems > 0) {
			throw new IllegalStateException("code generation failed with " + problems + " problem(s), see above");
		}
	}

	private int generate(Path genModelPath) throws IOException {
		long started = System.nanoTime();
		configureResourceSet();

		GenModel genModel = loadAndReconcile(genModelPath);
		if (genModel == null) {
			return 1;
		}

		List<Path> bundles = List.of(bundleDirectory(genModel.getModelDirectory()), bundleDirectory(genModel.getEditDirectory()));
		Map<Path, byte[]> handMaintained = snapshot(bundles);

		// Without this descriptor the Generator finds no adapter for the GenModel and silently generates nothing.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.getOptions().resourceSet = resourceSet;
		generator.setInput(genModel);

		int problems = 0;
		try {
			for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
				Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
				problems += report(projectType + " code", diagnostic);
			}
		} finally {
			restore(handMaintained, bundles);
		}

		problems += checkGenerated(genModel);
		System.out.printf("Generated %s model and edit code in %d ms%s%n", genModel.getModelName(), (System.nanoTime() - started) / 1_000_000,
			problems == 0 ? "" : " with " + problems + " problem(s)");
		return problems;
	}

	private void configureResourceSet() throws IOException {
		Resource.Factory factory = new EcoreResourceFactoryImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", factory);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", factory);
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		try (Stream<Path> folders = Files.list(root.resolve("bundles"))) {
			for (Path folder : (Iterable<Path>)folders.filter(Files::isDirectory)::iterator) {
				String project = folder.getFileName().toString();
				URI location = URI.createFileURI(folder.toString() + "/");
				resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(project + "/", false), location);
				EcorePlugin.getPlatformResourceMap().put(project, location);
			}
		}
	}

	private GenModel loadAndReconcile(Path genModelPath) throws IOException {
		Resource resource = resourceSet.getResource(URI.createFileURI(genModelPath.toString()), true);
		GenModel genModel = (GenModel)resource.getContents().get(0);
		if (!genModel.reconcile()) {
			System.err.println(genModelPath + ": the genmodel does not match its ecore (no package left after reconciling)");
			return null;
		}
		genModel.setCanGenerate(true);
		if (report("genmodel " + root.relativize(genModelPath), genModel.diagnose()) > 0) {
			return null;
		}

		ByteArrayOutputStream reconciled = new ByteArrayOutputStream();
		resource.save(reconciled, null);
		if (!Arrays.equals(reconciled.toByteArray(), Files.readAllBytes(genModelPath))) {
			Files.write(genModelPath, reconciled.toByteArray());
			System.out.println("Updated " + root.relativize(genModelPath) + " from its ecore");
		}
		return genModel;
	}

	/** @param workspacePath a genmodel directory such as {@code /com.socialyst.model/src-gen} */
	private Path bundleDirectory(String workspacePath) {
		String project = URI.createURI(workspacePath).segment(0);
		return root.resolve("bundles").resolve(project);
	}

	private static Map<Path, byte[]> snapshot(List<Path> bundles) throws IOException {
		Map<Path, byte[]> result = new LinkedHashMap<>();
		for (Path bundle : bundles) {
			for (String name : HAND_MAINTAINED) {
				Path file = bundle.resolve(name);
				result.put(file, Files.exists(file) ? Files.readAllBytes(file) : null);
			}
		}
		return result;
	}

	private void restore(Map<Path, byte[]> handMaintained, List<Path> bundles) throws IOException {
		for (Map.Entry<Path, byte[]> entry : handMaintained.entrySet()) {
			Path file = entry.getKey();
			byte[] original = entry.getValue();
			if (original == null) {
				if (Files.deleteIfExists(file)) {
					System.out.println("Removed generated " + root.relativize(file) + " (hand-maintained file)");
				}
			} else if (!Files.exists(file) || !Arrays.equals(original, Files.readAllBytes(file))) {
				Files.write(file, original);
			}
		}
		for (Path bundle : bundles) {
			Path metaInf = bundle.resolve("META-INF");
			if (Files.isDirectory(metaInf)) {
				try (Stream<Path> entries = Files.list(metaInf)) {
					if (entries.findAny().isEmpty()) {
						Files.delete(metaInf);
					}
				}
			}
		}
	}

	/** EMF logs write failures instead of failing: make sure the central files are there. */
	private int checkGenerated(GenModel genModel) {
		List<Path> expected = new ArrayList<>();
		String modelDirectory = genModel.getModelDirectory();
		String editDirectory = genModel.getEditDirectory();
		genModel.getGenPackages().forEach(genPackage -> {
			expected.add(javaFile(modelDirectory, genPackage.getQualifiedPackageInterfaceName()));
			expected.add(javaFile(modelDirectory, genPackage.getQualifiedFactoryClassName()));
			expected.add(javaFile(editDirectory, genPackage.getQualifiedItemProviderAdapterFactoryClassName()));
		});
		int missing = 0;
		for (Path file : expected) {
			if (!Files.isRegularFile(file)) {
				System.err.println("Not generated: " + root.relativize(file));
				missing++;
			}
		}
		return missing;
	}

	private Path javaFile(String workspaceDirectory, String qualifiedName) {
		URI directory = URI.createURI(workspaceDirectory);
		Path result = bundleDirectory(workspaceDirectory);
		for (int i = 1; i < directory.segmentCount(); i++) {
			result = result.resolve(directory.segment(i));
		}
		return result.resolve(qualifiedName.replace('.', '/') + ".java");
	}

	private static int report(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() < Diagnostic.WARNING) {
			return 0;
		}
		System.err.println(what + ": " + diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			System.err.println("  " + child.getMessage());
		}
		if (diagnostic.getException() != null) {
			diagnostic.getException().printStackTrace();
		}
		return diagnostic.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
	}
}
