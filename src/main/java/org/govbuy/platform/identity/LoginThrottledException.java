package org.govbuy.platform.identity;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt inside a wait: refused before the password is checked. */
class LoginThrottledException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String MESSAGE = "登录尝试过于频繁，请稍后再试";

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super(MESSAGE);
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}

}
