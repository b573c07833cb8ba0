package org.govbuy.evaluation.document;

import java.util.regex.Pattern;

/**
 * Masks the personal numbers free text may carry before the report is published: the
 * provider's objection and the purchaser's answer are written by people and may name a
 * phone or an ID number (个人信息保护法 §28). The same patterns as the contract module's
 * PersonalDataMasker for 居民身份证号码, mobile and landline numbers; names of organizations
 * stay, and the report names no person.
 */
final class PublicText {

	private static final Pattern ID_CARD = Pattern
		.compile("(?<![0-9A-Za-z])([1-9]\\d{5})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern
		.compile("(?<![0-9A-Za-z])(?:\\+?86[ -]?)?(1[3-9]\\d)[ -]?\\d{4}[ -]?(\\d{4})(?![0-9A-Za-z])");

	private static final Pattern LANDLINE = Pattern
		.compile("(?<![0-9A-Za-z])(0\\d{2,3})-\\d{3,4}(\\d{4})(?:-\\d{1,5})?(?![0-9A-Za-z])");

	private PublicText() {
	}

	static String mask(String text) {
		if (text == null) {
			return null;
		}
		String masked = ID_CARD.matcher(text).replaceAll("$1********$2");
		masked = MOBILE.matcher(masked).replaceAll("$1****$2");
		return LANDLINE.matcher(masked).replaceAll("$1-****$2");
	}

}
