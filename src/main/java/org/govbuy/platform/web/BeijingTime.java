package org.govbuy.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * Writes a moment as Beijing time on pages ({@code ${@beijingTime.format(at, 'yyyy-MM-dd
 * HH:mm')}}): the database hands timestamps back in UTC and {@code #temporals} formats
 * them in the JVM's zone, so a page would otherwise show 01:30 for a request made at
 * 09:30 in Zibo.
 */
@Component("beijingTime")
public class BeijingTime {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * @param moment an {@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}
	 * (moved to Beijing time) or a local date-time (written as it is); null gives an
	 * empty text
	 * @param pattern a {@link DateTimeFormatter} pattern
	 */
	public String format(Object moment, String pattern) {
		if (moment == null) {
			return "";
		}
		TemporalAccessor local;
		if (moment instanceof Instant instant) {
			local = instant.atZone(CHINA);
		}
		else if (moment instanceof OffsetDateTime offset) {
			local = offset.atZoneSameInstant(CHINA);
		}
		else if (moment instanceof ZonedDateTime zoned) {
			local = zoned.withZoneSameInstant(CHINA);
		}
		else if (moment instanceof TemporalAccessor other) {
			local = other;
		}
		else {
			throw new IllegalArgumentException("不是时间：" + moment.getClass().getName());
		}
		return DateTimeFormatter.ofPattern(pattern).format(local);
	}

}
