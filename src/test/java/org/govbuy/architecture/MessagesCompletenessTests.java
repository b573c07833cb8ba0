package org.govbuy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * All UI text comes from {@code messages.properties}: every message key a template or a
 * navigation entry uses is defined there, and the file is valid UTF-8 Chinese.
 */
class MessagesCompletenessTests {

	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");

	static final Pattern NAVIGATION_KEYS = Pattern.compile("new NavigationItem\\(\"([^\"]+)\",\\s*\"([^\"]+)\"");

	@Test
	void everyTemplateKeyIsDefined() throws IOException {
		Properties messages = messages();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + template.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
	}

	@Test
	void everyNavigationKeyIsDefined() throws IOException {
		Properties messages = messages();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = NAVIGATION_KEYS.matcher(Files.readString(source));
				while (matcher.find()) {
					for (String key : new String[] { matcher.group(1), matcher.group(2) }) {
						if (!messages.containsKey(key)) {
							missing.add(key + " (" + source.getFileName() + ")");
						}
					}
				}
			}
		}
		assertThat(missing).as("navigation message keys missing from messages.properties").isEmpty();
	}

	@Test
	void definesTheDataScopeNamesShownOnHomePages() throws IOException {
		Properties messages = messages();
		for (String kind : new String[] { "ORGANIZATION", "REGION", "EVERYTHING" }) {
			assertThat(messages).containsKey("home.scope." + kind);
		}
	}

	@Test
	void readsAsUtf8Chinese() throws IOException {
		assertThat(messages().getProperty("app.name")).isEqualTo("政府购买服务全流程管理平台");
	}

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages.properties")),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
