package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.govbuy.platform.clock.TrainingClock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The training clock is a deployment flag for training and demo environments: off by
 * default, and a start that turns it on in production (or outside the training and demo
 * profiles) is refused.
 */
class TrainingClockGuardTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PlatformConfiguration.class);

	@Test
	void isOffByDefault() {
		runner.run(context -> assertThat(context.getBean(Clock.class)).isNotInstanceOf(TrainingClock.class));
	}

	@Test
	void runsInTheTrainingAndDemoProfiles() {
		runner.withPropertyValues("govbuy.training-clock.enabled=true")
			.withInitializer(context -> context.getEnvironment().setActiveProfiles("training"))
			.run(context -> assertThat(context.getBean(Clock.class)).isInstanceOf(TrainingClock.class));
		runner.withPropertyValues("govbuy.training-clock.enabled=true")
			.withInitializer(context -> context.getEnvironment().setActiveProfiles("demo"))
			.run(context -> assertThat(context.getBean(Clock.class)).isInstanceOf(TrainingClock.class));
	}

	@Test
	void isRefusedInProductionAndOutsideTrainingAndDemo() {
		runner.withPropertyValues("govbuy.training-clock.enabled=true").run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("govbuy.training-clock.enabled=true")
			.withInitializer(context -> context.getEnvironment().setActiveProfiles("demo", "prod"))
			.run(context -> assertThat(context).hasFailed());
	}

}
