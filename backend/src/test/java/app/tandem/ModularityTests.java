package app.tandem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each direct sub-package of {@code app.tandem} is a module: no cycles between them, and
 * no module reaches into another's internals. Their documentation in docs/modules/ (the
 * Modulith Documenter's diagrams and module canvases) must be what the code says today.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

	/** Where the committed documentation lives, seen from the backend module. */
	static final Path DOCS = Path.of("../docs/modules");

	@Test
	void modulesHaveNoCyclesAndNoReachIns() {
		modules.verify();
	}

	/**
	 * Generates the documentation afresh and compares it with docs/modules/. With
	 * {@code -Dtandem.writeModuleDocs=true} it writes it there instead (after a module
	 * changed): {@code mvn test -pl backend -am -Dskip.npm -Dtest=ModularityTests
	 * -Dtandem.writeModuleDocs=true -Dtandem.skipMariadb=true -Dtandem.skipFaults=true}.
	 */
	@Test
	void moduleDocumentationInDocsIsCurrent() throws IOException {
		Path fresh = Path.of("target/modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		if (Boolean.getBoolean("tandem.writeModuleDocs")) {
			write(fresh, DOCS);
		}
		assertThat(files(DOCS)).as("docs/modules/ is stale: regenerate it (see this test's comment)")
			.isEqualTo(files(fresh));
	}

	private static void write(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> old = Files.list(to)) {
			for (Path file : old.toList()) {
				Files.delete(file);
			}
		}
		for (String name : files(from).keySet()) {
			Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * File name → content of a folder's files, as sorted lines: the Documenter lists
	 * components and relations in the order it found the classes, which differs between
	 * checkouts, so only what is listed counts, not where.
	 */
	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> list = Files.list(folder)) {
			list.filter(Files::isRegularFile).forEach((file) -> {
				try {
					files.put(file.getFileName().toString(),
							String.join("\n", Files.readAllLines(file).stream().sorted().toList()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return files;
	}

}
