package org.govbuy.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One timestamp convention for the whole API: every instant is written in Beijing time
 * with its offset, {@code 2026-12-07T10:15:30+08:00} (milliseconds when there are any),
 * whether the code holds an {@link Instant}, an {@link OffsetDateTime} or a
 * {@link ZonedDateTime}. Dates ({@code LocalDate}) stay dates. Reading accepts any ISO
 * offset, {@code Z} included.
 */
@Configuration(proxyBeanMethods = false)
class BeijingTimestamps {

	static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	@Bean
	JacksonModule beijingTimestampsModule() {
		return new SimpleModule("beijing-timestamps").addSerializer(Instant.class, new Writer<>(Instant.class))
			.addSerializer(OffsetDateTime.class, new Writer<>(OffsetDateTime.class))
			.addSerializer(ZonedDateTime.class, new Writer<>(ZonedDateTime.class));
	}

	static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	static final DateTimeFormatter MILLISECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	/** The text of an instant in the API's convention. */
	static String format(Instant instant) {
		OffsetDateTime beijing = instant.atOffset(BEIJING).truncatedTo(ChronoUnit.MILLIS);
		return beijing.format(beijing.getNano() == 0 ? SECONDS : MILLISECONDS);
	}

	static final class Writer<T> extends StdSerializer<T> {

		Writer(Class<T> type) {
			super(type);
		}

		@Override
		public void serialize(T value, JsonGenerator generator, SerializationContext context) throws JacksonException {
			Instant instant;
			if (value instanceof OffsetDateTime offset) {
				instant = offset.toInstant();
			}
			else if (value instanceof ZonedDateTime zoned) {
				instant = zoned.toInstant();
			}
			else {
				instant = (Instant) value;
			}
			generator.writeString(format(instant));
		}

	}

}
