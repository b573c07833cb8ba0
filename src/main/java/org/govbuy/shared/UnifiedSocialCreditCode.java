package org.govbuy.shared;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The 18-character unified social credit code (统一社会信用代码) every legal person and other
 * organization in China is registered under (GB 32100-2015): position 1 is the
 * registration department, 2 the organization type, 3–8 the region code of the
 * registering office, 9–17 the organization code and 18 a check character. A supplier or
 * purchaser is identified by it, so a mistyped code must be refused at the door rather
 * than create a second organization.
 * <p>
 * Input is trimmed and upper-cased. The check character is verified; the department and
 * type codes are not checked against their tables, which the standard's issuers extend.
 *
 * @param value the 18 characters, upper case
 */
public record UnifiedSocialCreditCode(String value) {

	/** Serialized to JSON as the plain value. */
	@JsonValue
	public String value() {
		return value;
	}

	/**
	 * The 31 characters the standard allows: digits and capitals without I, O, Z, S and
	 * V.
	 */
	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int LENGTH = 18;

	public UnifiedSocialCreditCode {
		value = normalize(value);
		Optional<String> problem = problemOfNormalized(value);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
	}

	@JsonCreator
	public static UnifiedSocialCreditCode of(String value) {
		return new UnifiedSocialCreditCode(value);
	}

	/** Whether the text (after trimming and upper-casing) is a valid code. */
	public static boolean isValid(String value) {
		return problem(value).isEmpty();
	}

	/**
	 * Why the text is not a valid code, in Chinese for the user; empty when it is valid.
	 */
	public static Optional<String> problem(String value) {
		return problemOfNormalized(normalize(value));
	}

	/**
	 * The first 17 characters followed by their check character; demo data and tests
	 * build valid codes with it.
	 */
	public static String withCheckDigit(String first17) {
		String body = normalize(first17);
		if (body.length() != LENGTH - 1) {
			throw new IllegalArgumentException("统一社会信用代码本体应为17位，实际为" + body.length() + "位");
		}
		Optional<String> problem = charactersProblem(body);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
		return body + checkCharacter(body);
	}

	/**
	 * Position 1: the registration department, e.g. {@code 9} for market regulation (工商).
	 */
	public char registrationDepartment() {
		return value.charAt(0);
	}

	/**
	 * Position 2: the organization type within the department, e.g. {@code 1} for a
	 * company.
	 */
	public char organizationType() {
		return value.charAt(1);
	}

	/** Positions 3–8: the region code of the registering office, as six digits. */
	public String regionPart() {
		return value.substring(2, 8);
	}

	/** Positions 9–17: the organization code (组织机构代码). */
	public String organizationCode() {
		return value.substring(8, 17);
	}

	@Override
	public String toString() {
		return value;
	}

	private static String normalize(String value) {
		return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
	}

	private static Optional<String> problemOfNormalized(String value) {
		if (value.isEmpty()) {
			return Optional.of("统一社会信用代码不能为空");
		}
		if (value.length() != LENGTH) {
			return Optional.of("统一社会信用代码应为18位，实际为" + value.length() + "位");
		}
		Optional<String> problem = charactersProblem(value);
		if (problem.isPresent()) {
			return problem;
		}
		char expected = checkCharacter(value.substring(0, LENGTH - 1));
		if (value.charAt(LENGTH - 1) != expected) {
			return Optional.of("统一社会信用代码校验位错误：应为 " + expected);
		}
		return Optional.empty();
	}

	private static Optional<String> charactersProblem(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (CHARSET.indexOf(c) < 0) {
				return Optional.of("统一社会信用代码第" + (i + 1) + "位“" + c + "”不是允许的字符（只用数字和除 I、O、Z、S、V 以外的大写字母）");
			}
		}
		for (int i = 2; i < Math.min(8, value.length()); i++) {
			if (!Character.isDigit(value.charAt(i))) {
				return Optional.of("统一社会信用代码第3至8位应为行政区划代码（6位数字），第" + (i + 1) + "位是“" + value.charAt(i) + "”");
			}
		}
		return Optional.empty();
	}

	/** GB 32100-2015: weighted sum of the 17 characters' values, modulo 31. */
	private static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARSET.charAt(check == 31 ? 0 : check);
	}

}
