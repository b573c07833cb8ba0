package org.govbuy.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

	@Test
	void acceptsTheDemoPassword() {
		assertThat(PasswordPolicy.weakness("Demo@12345", "buyer.mzj")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Ab1@, 密码至少8位", "abcdefgh, 至少三类", "abcd1234, 至少三类", "Admin@12345, 不能包含用户名" })
	void explainsWhyAPasswordIsTooWeak(String password, String reason) {
		assertThat(PasswordPolicy.weakness(password, "admin"))
			.hasValueSatisfying(text -> assertThat(text).contains(reason));
	}

}
