package org.govbuy.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on PostgreSQL (embedded, or the server
 * {@code SPRING_DATASOURCE_URL} names) with the demo data and a {@link MutableClock}.
 * Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(IntegrationTest.ClockConfiguration.class)
public @interface IntegrationTest {

	@TestConfiguration(proxyBeanMethods = false)
	class ClockConfiguration {

		@Bean
		@Primary
		MutableClock clock() {
			return new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
		}

	}

}
