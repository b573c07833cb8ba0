package org.govbuy.platform.web;

/**
 * Control characters (NUL and the other C0/C1 codes) have no place in what a user types:
 * PostgreSQL refuses NUL in text, and the others only hide or garble what is stored. Tab,
 * carriage return and line feed are allowed where text can span lines.
 */
final class ControlCharacters {

	/** The original message of a JSON reader refusal for a control character. */
	static final String MESSAGE_MARKER = "含有不允许的控制字符";

	private ControlCharacters() {
	}

	/** Whether a text holds a control character other than tab, CR and LF. */
	static boolean inText(String value) {
		return contains(value, true);
	}

	/** Whether a name or path holds any control character. */
	static boolean inName(String value) {
		return contains(value, false);
	}

	/**
	 * A name safe to quote in a message: control characters shown as ?, at most 64 chars.
	 */
	static String quote(String name) {
		StringBuilder safe = new StringBuilder();
		name.codePoints().limit(64).forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return safe.toString();
	}

	private static boolean contains(String value, boolean lineBreaksAllowed) {
		if (value == null) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
				return true;
			}
		}
		return false;
	}

}
