package org.govbuy.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.govbuy.support.IntegrationTest;
import org.govbuy.support.PageSession;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In the demo (training) environment an administrator moves the platform's date forward:
 * the one clock moves, each day passed is announced as {@code DayHasPassed} so the daily
 * work runs, every page shows a banner with the simulated date, and the date never runs
 * back.
 */
@IntegrationTest
@RecordApplicationEvents
class TrainingClockIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void administratorMovesThePlatformDateForwardAndEveryPageSaysSo() throws Exception {
		Cookie admin = signIn("admin");
		LocalDate today = LocalDate.now(clock);
		mvc.perform(get("/").cookie(admin)).andExpect(content().string(not(containsString("培训环境"))));
		mvc.perform(get("/platform/training-clock").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前平台日期")));

		LocalDate target = today.plusDays(3);
		mvc.perform(post("/platform/training-clock").cookie(admin).with(csrf()).param("date", target.toString()))
			.andExpect(redirectedUrl("/platform/training-clock"));

		assertThat(LocalDate.now(clock)).isEqualTo(target);
		assertThat(events.stream(DayHasPassed.class).map(DayHasPassed::getDate)).containsExactly(today,
				today.plusDays(1), today.plusDays(2));
		mvc.perform(get("/").cookie(admin))
			.andExpect(content().string(containsString("培训环境：平台日期已调至")))
			.andExpect(content().string(containsString(
					target.getYear() + "年" + target.getMonthValue() + "月" + target.getDayOfMonth() + "日")));
	}

	@Test
	void theDateNeverRunsBackAndTheFormSaysWhy() throws Exception {
		Cookie admin = signIn("admin");
		LocalDate today = LocalDate.now(clock);
		mvc.perform(post("/platform/training-clock").cookie(admin)
			.with(csrf())
			.param("date", today.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("培训时钟只能向后调整")));
		mvc.perform(post("/platform/training-clock").cookie(admin).with(csrf()).param("date", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择日期")));
		assertThat(LocalDate.now(clock)).isEqualTo(today);
	}

	@Test
	void onlyAnAdministratorMayMoveIt() throws Exception {
		Cookie finance = signIn("finance.zibo");
		mvc.perform(get("/platform/training-clock").cookie(finance)).andExpect(status().isForbidden());
		mvc.perform(post("/platform/training-clock").cookie(finance)
			.with(csrf())
			.param("date", LocalDate.now(clock).plusDays(5).toString())).andExpect(status().isForbidden());
	}

	private Cookie signIn(String username) throws Exception {
		return PageSession.signIn(mvc, username);
	}

}
