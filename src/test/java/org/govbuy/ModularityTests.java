package org.govbuy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their boundaries; their documentation is written to
 * {@code docs/modules}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(GovBuyApplication.class);

	static final Path GENERATED = Path.of("target/modules-docs");

	static final Path COMMITTED = Path.of("docs/modules");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * The generator writes relationships in no stable order: a file in
	 * {@code docs/modules} is replaced only when its lines differ as a set, so a build
	 * leaves a clean clone clean and a real change still shows.
	 */
	/**
	 * Delivery follows contracts through contract's events and published API; contract
	 * learns what it needs of delivery through {@code ContractPerformance}, an interface
	 * it declares itself.
	 */
	@Test
	void deliveryDependsOnContractAndNotTheOtherWay() {
		ApplicationModule contract = modules.getModuleByName("contract").orElseThrow();
		ApplicationModule delivery = modules.getModuleByName("delivery").orElseThrow();
		org.assertj.core.api.Assertions.assertThat(delivery.getDirectDependencies(modules).contains(contract)).isTrue();
		org.assertj.core.api.Assertions.assertThat(contract.getDirectDependencies(modules).contains(delivery))
			.isFalse();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Files.createDirectories(COMMITTED);
		try (Stream<Path> files = Files.list(GENERATED)) {
			files.filter(Files::isRegularFile).forEach(ModularityTests::keepIfOnlyReordered);
		}
	}

	static void keepIfOnlyReordered(Path generated) {
		Path committed = COMMITTED.resolve(generated.getFileName());
		try {
			if (!Files.exists(committed) || !sorted(committed).equals(sorted(generated))) {
				Files.copy(generated, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The lines in order, a table cell's opening bar set apart (the first item of a list
	 * in an Asciidoc cell carries it, and the Documenter lists listeners in no fixed
	 * order).
	 */
	static List<String> sorted(Path file) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.map(String::strip)
			.map(line -> line.startsWith("|* ") ? line.substring(1) : line)
			.sorted()
			.toList();
	}

}
