package org.govbuy.platform.keys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The rotation command:
 * {@code java -jar govbuy.jar --govbuy.keys.rotate=procurement.bid-box} (several names
 * separated by commas) rotates the keys and stops the application. Run it with every
 * other node stopped: nodes read the store at start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class KeyRotationRunner implements ApplicationRunner {

	private final KeyRotation rotation;

	private final ConfigurableApplicationContext context;

	private final String names;

	KeyRotationRunner(KeyRotation rotation, ConfigurableApplicationContext context,
			@Value("${govbuy.keys.rotate:}") String names) {
		this.rotation = rotation;
		this.context = context;
		this.names = names;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(names)) {
			return;
		}
		for (String name : StringUtils.commaDelimitedListToStringArray(names)) {
			rotation.rotate(name.trim());
		}
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
