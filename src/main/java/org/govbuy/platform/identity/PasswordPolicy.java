package org.govbuy.platform.identity;

import java.util.Optional;

/**
 * Strength of new passwords: at least 8 characters with at least three of upper-case
 * letters, lower-case letters, digits and symbols (the usual 等保 2.0 reading of 口令复杂度).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	/**
	 * The reason a password is too weak, in Chinese, or empty when it is strong enough.
	 */
	static Optional<String> weakness(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("密码至少" + MIN_LENGTH + "位");
		}
		if (password.length() > 64) {
			return Optional.of("密码不能超过64位");
		}
		if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
			return Optional.of("密码不能包含用户名");
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			return Optional.of("密码须包含大写字母、小写字母、数字、符号中的至少三类");
		}
		return Optional.empty();
	}

}
