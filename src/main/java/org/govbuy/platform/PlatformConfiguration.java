package org.govbuy.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.govbuy.platform.clock.TrainingClock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Beans every module shares. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** China Standard Time: every legal date and deadline is counted in it. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock(Environment environment) {
		Clock system = Clock.system(CHINA);
		if (!environment.getProperty("govbuy.training-clock.enabled", Boolean.class, false)) {
			return system;
		}
		boolean training = environment.matchesProfiles("demo | training");
		if (!training || environment.matchesProfiles("prod | production")) {
			throw new IllegalStateException("培训时钟（govbuy.training-clock.enabled=true）只能在培训或演示环境开启"
					+ "（profile training 或 demo），不能用于生产环境 / the training clock is refused outside the"
					+ " training and demo profiles");
		}
		return new TrainingClock(system);
	}

}
