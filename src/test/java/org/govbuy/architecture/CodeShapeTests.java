package org.govbuy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * The shape every room keeps (issue 12): small classes and methods, states as enums
 * rather than strings, and domain code that knows nothing of the web. Each rule lists
 * every place that breaks it, so a failure says where to look.
 */
class CodeShapeTests {

	static final Path SOURCES = Path.of("src/main/java");

	static final int MAX_CLASS_LINES = 600;

	static final int MAX_METHOD_LINES = 80;

	/**
	 * A status written as a string and compared: {@code "SIGNED".equals(…)},
	 * {@code ….equals("DRAFT")}, {@code requireStatus(…, "REQUESTED")}, or an SQL literal
	 * {@code status = 'AWARDED'} / {@code status in ('A', 'B')}. The only place a status
	 * is a string is the mapping to and from the database ({@code Status.valueOf(…)},
	 * {@code .name()} bound as a parameter).
	 */
	static final Pattern STATUS_STRING = Pattern.compile("\"(?-i:[A-Z][A-Z_]{2,})\"\\s*\\.equals\\(" //
			+ "|\\.equals(IgnoreCase)?\\(\\s*\"(?-i:[A-Z][A-Z_]{2,})\"\\s*\\)" //
			+ "|requireStatus\\([^)]*\"" //
			+ "|\\w*status\\w*\\s*(=|<>|!=)\\s*'[A-Za-z_]+'" //
			+ "|\\w*status\\w*\\s+(not\\s+)?in\\s*\\(\\s*'", Pattern.CASE_INSENSITIVE);

	@Test
	void noClassIsLongerThan600Lines() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path source : sources()) {
			int lines = Files.readAllLines(source, StandardCharsets.UTF_8).size();
			if (lines > MAX_CLASS_LINES) {
				tooLong.add(source + ": " + lines + " lines");
			}
		}
		assertThat(tooLong).as("source files over %d lines", MAX_CLASS_LINES).isEmpty();
	}

	/**
	 * Measured on the compiled classes: from a method's first to its last line in the
	 * line-number table (a lambda's body counts as its own method).
	 */
	@Test
	void noMethodIsLongerThan80Lines() throws IOException {
		List<String> tooLong = new ArrayList<>();
		Path classes = Path.of("target/classes");
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					new ClassReader(in).accept(new MethodLengths(tooLong), 0);
				}
			}
		}
		assertThat(tooLong).as("methods over %d lines", MAX_METHOD_LINES).isEmpty();
	}

	@Test
	void noStatusIsComparedAsAString() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path source : sources()) {
			List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (STATUS_STRING.matcher(lines.get(i)).find()) {
					found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
		}
		assertThat(found).as("statuses compared as strings").isEmpty();
	}

	@Test
	void domainCodeKnowsNothingOfTheWeb() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.govbuy");
		noClasses().that()
			.resideInAPackage("org.govbuy..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.govbuy..web..", "org.springframework.web..", "org.springframework.http..",
					"jakarta.servlet..")
			.because("domain rules throw domain exceptions; the web layer maps them to 400, 409 and 422")
			.check(classes);
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
		}
	}

	/** Collects methods whose line-number table spans more than the limit. */
	private static final class MethodLengths extends ClassVisitor {

		private final List<String> tooLong;

		private String className;

		MethodLengths(List<String> tooLong) {
			super(Opcodes.ASM9);
			this.tooLong = tooLong;
		}

		@Override
		public void visit(int version, int access, String name, String signature, String superName,
				String[] interfaces) {
			this.className = name.replace('/', '.');
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
				String[] exceptions) {
			return new MethodVisitor(Opcodes.ASM9) {

				private int first = Integer.MAX_VALUE;

				private int last = Integer.MIN_VALUE;

				@Override
				public void visitLineNumber(int line, Label start) {
					this.first = Math.min(this.first, line);
					this.last = Math.max(this.last, line);
				}

				@Override
				public void visitEnd() {
					int lines = this.last - this.first + 1;
					if (this.first != Integer.MAX_VALUE && lines > MAX_METHOD_LINES && !name.equals("<clinit>")) {
						tooLong.add(className + "." + name + ": " + lines + " lines");
					}
				}

			};
		}

	}

}
