package org.govbuy.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A node is live but not ready while its start-up work runs (reference data, and with the
 * {@code demo} profile the demo data, which takes most of a minute): the first
 * {@link ApplicationRunner} marks it {@link ReadinessState#REFUSING_TRAFFIC}
 * ({@code /actuator/health/readiness} answers 503 OUT_OF_SERVICE, liveness stays UP), the
 * last one {@link ReadinessState#ACCEPTING_TRAFFIC} (Spring Boot says so again when the
 * application is ready).
 */
class StartupReadiness {

	private static final Logger log = LoggerFactory.getLogger(StartupReadiness.class);

	private StartupReadiness() {
	}

	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Loading implements ApplicationRunner {

		private final ApplicationEventPublisher events;

		Loading(ApplicationEventPublisher events) {
			this.events = events;
		}

		@Override
		public void run(ApplicationArguments args) {
			log.info("启动数据加载中：就绪探针暂不接收流量");
			AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		}

	}

	@Component
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class Loaded implements ApplicationRunner {

		private final ApplicationEventPublisher events;

		Loaded(ApplicationEventPublisher events) {
			this.events = events;
		}

		@Override
		public void run(ApplicationArguments args) {
			AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
			log.info("启动数据加载完成：就绪探针接收流量");
		}

	}

}
