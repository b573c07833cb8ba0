package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Pages write moments in Beijing time, whatever zone the database or the JVM uses. */
class BeijingTimeTests {

	final BeijingTime beijing = new BeijingTime();

	@Test
	void aMomentFromTheDatabaseInUtcIsWrittenInBeijingTime() {
		OffsetDateTime fromJdbc = OffsetDateTime.of(2026, 8, 3, 1, 30, 0, 0, ZoneOffset.UTC);
		assertThat(beijing.format(fromJdbc, "yyyy-MM-dd HH:mm")).isEqualTo("2026-08-03 09:30");
		assertThat(beijing.format(Instant.parse("2026-11-13T16:05:00Z"), "yyyy-MM-dd HH:mm"))
			.isEqualTo("2026-11-14 00:05");
	}

	@Test
	void aLocalDateTimeIsAlreadyBeijingTimeAndNullIsEmpty() {
		assertThat(beijing.format(LocalDateTime.of(2026, 3, 20, 9, 0), "yyyy-MM-dd HH:mm"))
			.isEqualTo("2026-03-20 09:00");
		assertThat(beijing.format(null, "yyyy-MM-dd")).isEmpty();
	}

	/**
	 * {@code #temporals.format} writes an Instant in the JVM's zone: only local values
	 * may use it.
	 */
	@Test
	void templatesFormatMomentsThroughBeijingTime() throws IOException {
		Pattern temporals = Pattern.compile("#temporals\\.format\\(([^,]+),");
		List<String> utc;
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			utc = templates.filter(path -> path.toString().endsWith(".html")).flatMap(path -> {
				try {
					Matcher matcher = temporals.matcher(Files.readString(path));
					return matcher.results()
						.map(result -> result.group(1).strip())
						.filter(argument -> !(argument.endsWith("Local()") || argument.endsWith("beijingTime()")
								|| argument.endsWith("beijingTime") || argument.contains("atZone")
								|| argument.startsWith("today") || argument.equals("suggestedDeadline")))
						.map(argument -> path.getFileName() + ": " + argument);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
		assertThat(utc).isEmpty();
	}

}
