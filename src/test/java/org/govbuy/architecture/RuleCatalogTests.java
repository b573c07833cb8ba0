package org.govbuy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.govbuy.shared.Rule;
import org.junit.jupiter.api.Test;

/**
 * Every rule the code declares has a unique id, a citation, Chinese text, and a test that
 * names it (the id with {@code -} written as {@code _}, or the id itself), so that grep
 * finds rule, code and test together.
 */
class RuleCatalogTests {

	@Test
	void everyRuleHasAUniqueIdCitationAndChineseMessage() {
		Set<String> ids = new HashSet<>();
		for (Rule rule : declaredRules()) {
			assertThat(ids.add(rule.id())).as("duplicate rule id " + rule.id()).isTrue();
			assertThat(rule.id()).matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
			assertThat(rule.citation()).as(rule.id()).containsAnyOf("第", "〔");
			assertThat(rule.message()).as(rule.id()).matches(".*\\p{IsHan}.*");
			assertThat(rule.title()).as(rule.id()).isNotBlank();
			assertThat(rule.confidence()).as(rule.id()).isNotNull();
		}
		assertThat(ids).isNotEmpty();
	}

	@Test
	void everyRuleIsNamedByATest() throws IOException {
		String tests = testSources();
		Set<String> untested = new TreeSet<>();
		for (Rule rule : declaredRules()) {
			if (!tests.contains(rule.id().replace('-', '_')) && !tests.contains("\"" + rule.id() + "\"")) {
				untested.add(rule.id());
			}
		}
		assertThat(untested).as("rules without a test naming them").isEmpty();
	}

	static List<Rule> declaredRules() {
		List<Rule> rules = new ArrayList<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.govbuy")) {
			if (type.isEnum() && type.isAssignableTo(Rule.class)) {
				for (Object constant : type.reflect().getEnumConstants()) {
					rules.add((Rule) constant);
				}
			}
		}
		return rules;
	}

	private static String testSources() throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				if (!file.getFileName().toString().equals("RuleCatalogTests.java")) {
					all.append(Files.readString(file));
				}
			}
		}
		return all.toString();
	}

}
