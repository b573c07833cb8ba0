package org.govbuy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows no inline script or style, so no template may carry
 * one: no {@code on…=} handlers, no {@code javascript:} links, no {@code style}
 * attributes or elements, no {@code <script>} without {@code src} (a JSON data block is
 * fine). Behaviour belongs in {@code /js/*.js}, looks in {@code /css/govbuy.css}.
 */
class TemplatesContentSecurityPolicyTests {

	static final Pattern INLINE = Pattern.compile("\\s(th:)?on[a-z]+=|javascript:|\\s(th:)?style=|<style[\\s>]",
			Pattern.CASE_INSENSITIVE);

	static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateCarriesInlineScriptOrStyle() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					if (INLINE.matcher(line).find()) {
						found.add(template + ":" + (i + 1) + ": " + line.strip());
					}
					Matcher script = SCRIPT.matcher(line);
					while (script.find()) {
						String attributes = script.group(1);
						if (!attributes.contains("src=") && !attributes.contains("application/json")) {
							found.add(template + ":" + (i + 1) + ": " + line.strip());
						}
					}
				}
			}
		}
		assertThat(found).as("inline script or style the Content-Security-Policy would block").isEmpty();
	}

}
