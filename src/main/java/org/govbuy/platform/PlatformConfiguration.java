package org.govbuy.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module shares. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** China Standard Time: every legal date and deadline is counted in it. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(CHINA);
	}

}
