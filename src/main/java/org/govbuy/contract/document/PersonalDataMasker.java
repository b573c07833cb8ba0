package org.govbuy.contract.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text that is about to be published (个人信息保护法 §28 treats 身份证号 and
 * financial accounts as sensitive; 条例50 publishes the contract, not its signatories'
 * private numbers): 18-digit 居民身份证号码 (with X), bank card and account numbers (12 to 30
 * digits, plain or in groups of four), mobile numbers and landline numbers with an area
 * code. It leaves alone what is public or is not personal: the 统一社会信用代码 (GB 32100,
 * recognised by its check character), money amounts (followed by a decimal point or
 * 元/万/亿, or written with thousands separators), dates, and numbers glued to letters such
 * as contract numbers.
 */
public final class PersonalDataMasker {

	/** What kind of number was masked. */
	public enum Kind {

		ID_CARD("身份证号"), BANK_ACCOUNT("银行账号"), MOBILE("手机号"), LANDLINE("固定电话");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** One masked number: its kind and how it reads after masking. */
	public record Mask(Kind kind, String masked) {

		public String kindLabel() {
			return kind.label();
		}

	}

	/** The masked text and what was masked in it. */
	public record Result(String text, List<Mask> masks) {
	}

	private static final String BEFORE = "(?<![0-9A-Za-z.])";

	private static final String AFTER = "(?![0-9A-Za-z])(?!\\.\\d)(?!\\s*(?:元|万|亿))";

	private static final Pattern CREDIT_CODE = Pattern.compile(BEFORE + "[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Za-z])");

	private static final Pattern ID_CARD = Pattern.compile(
			BEFORE + "[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]" + AFTER);

	private static final Pattern BANK_ACCOUNT = Pattern
		.compile(BEFORE + "(?:\\d{12,30}|\\d{4}(?:[ -]\\d{4}){2,6}(?:[ -]\\d{1,4})?)" + AFTER);

	private static final Pattern MOBILE = Pattern
		.compile(BEFORE + "(?:\\+?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}" + AFTER);

	private static final Pattern LANDLINE = Pattern
		.compile(BEFORE + "(?:\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3}-)\\d{7,8}(?:-\\d{1,5})?" + AFTER);

	private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_CODE_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private record Span(int start, int end, Mask mask) {
	}

	/** Masks the personal numbers in a text; null stays null. */
	public Result mask(String text) {
		if (text == null || text.isEmpty()) {
			return new Result(text, List.of());
		}
		List<Span> spans = new ArrayList<>();
		Matcher codes = CREDIT_CODE.matcher(text);
		while (codes.find()) {
			String before = text.substring(Math.max(0, codes.start() - 15), codes.start());
			if (before.contains("信用代码") || isCreditCode(codes.group()) && !isIdCard(codes.group())) {
				// public by law: kept as it is, and kept out of the patterns below
				spans.add(new Span(codes.start(), codes.end(), null));
			}
		}
		find(text, ID_CARD, Kind.ID_CARD, spans);
		find(text, BANK_ACCOUNT, Kind.BANK_ACCOUNT, spans);
		find(text, MOBILE, Kind.MOBILE, spans);
		find(text, LANDLINE, Kind.LANDLINE, spans);
		spans.sort(Comparator.comparingInt(Span::start));
		StringBuilder out = new StringBuilder();
		List<Mask> masks = new ArrayList<>();
		int at = 0;
		for (Span span : spans) {
			if (span.mask() == null) {
				continue;
			}
			out.append(text, at, span.start()).append(span.mask().masked());
			masks.add(span.mask());
			at = span.end();
		}
		out.append(text.substring(at));
		return new Result(out.toString(), List.copyOf(masks));
	}

	private static void find(String text, Pattern pattern, Kind kind, List<Span> spans) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			int start = matcher.start();
			int end = matcher.end();
			if (spans.stream().noneMatch(span -> span.start() < end && start < span.end())) {
				spans.add(new Span(start, end, new Mask(kind, masked(kind, matcher.group()))));
			}
		}
	}

	static String masked(Kind kind, String number) {
		String digits = number.replaceAll("[^0-9Xx]", "");
		return switch (kind) {
			case ID_CARD -> digits.substring(0, 6) + "*".repeat(8) + digits.substring(14);
			case BANK_ACCOUNT ->
				digits.substring(0, 4) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
			case MOBILE -> {
				String local = digits.substring(digits.length() - 11);
				yield local.substring(0, 3) + "****" + local.substring(7);
			}
			case LANDLINE -> {
				Matcher area = Pattern.compile("^[(（]?(0\\d{2,3})[)）-]").matcher(number);
				area.find();
				String rest = number.substring(area.end()).replaceAll("\\D", "");
				yield area.group(1) + "-" + "*".repeat(rest.length() - 4) + rest.substring(rest.length() - 4);
			}
		};
	}

	/** GB 11643-1999: a birth date and the ISO 7064 MOD 11-2 check character. */
	static boolean isIdCard(String number) {
		if (!ID_CARD.matcher(number).matches()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return "10X98765432".charAt(sum % 11) == Character.toUpperCase(number.charAt(17));
	}

	/** GB 32100-2015: the 18th character checks the first 17. */
	static boolean isCreditCode(String code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CREDIT_CODE_CHARS.indexOf(code.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * CREDIT_CODE_WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return CREDIT_CODE_CHARS.charAt(check) == code.charAt(17);
	}

}
