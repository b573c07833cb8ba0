package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

/**
 * The API writes every timestamp in Beijing time with its offset, and reads any offset.
 */
class BeijingTimestampsTests {

	final JsonMapper json = JsonMapper.builder().addModule(new BeijingTimestamps().beijingTimestampsModule()).build();

	@Test
	void writesInstantsOffsetsAndZonedTimesAsBeijingTime() {
		Instant instant = Instant.parse("2026-12-07T02:15:30Z");
		assertThat(json.writeValueAsString(Map.of("at", instant))).isEqualTo("{\"at\":\"2026-12-07T10:15:30+08:00\"}");
		assertThat(json.writeValueAsString(OffsetDateTime.parse("2026-12-07T02:15:30.250Z")))
			.isEqualTo("\"2026-12-07T10:15:30.250+08:00\"");
		assertThat(json.writeValueAsString(ZonedDateTime.of(2026, 12, 6, 23, 0, 0, 0, ZoneId.of("UTC"))))
			.isEqualTo("\"2026-12-07T07:00:00+08:00\"");
	}

	@Test
	void readsAnyOffset() {
		assertThat(json.readValue("\"2026-12-07T02:15:30Z\"", Instant.class))
			.isEqualTo(Instant.parse("2026-12-07T02:15:30Z"));
		assertThat(json.readValue("\"2026-12-07T10:15:30+08:00\"", Instant.class))
			.isEqualTo(Instant.parse("2026-12-07T02:15:30Z"));
	}

}
