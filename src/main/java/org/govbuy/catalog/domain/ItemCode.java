package org.govbuy.catalog.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Catalog item codes carry their path: one capital letter for the first level (A 公共服务, B
 * 辅助性服务), then two digits per level below ({@code A04} 社会保障, {@code A0401} …), up to six
 * levels. The parent of a code is the code without its last two digits.
 */
public final class ItemCode {

	public static final int MAX_LEVEL = 6;

	private static final Pattern FORMAT = Pattern.compile("[A-Z](\\d{2}){0,5}");

	/** 《政府采购品目分类目录》 services codes: C and two to ten digits in pairs. */
	private static final Pattern PINMU = Pattern.compile("C\\d{2}(\\d{2}){0,4}");

	private ItemCode() {
	}

	public static boolean isValid(String code) {
		return code != null && FORMAT.matcher(code).matches();
	}

	/** Why a code is malformed (Chinese), or empty. */
	public static Optional<String> problem(String code) {
		if (code == null || code.isBlank()) {
			return Optional.of("请填写目录编码");
		}
		if (!isValid(code)) {
			return Optional.of("编码格式应为一位大写字母加若干组两位数字（如 A、A04、A0401），最多六级");
		}
		return Optional.empty();
	}

	public static int level(String code) {
		return 1 + (code.length() - 1) / 2;
	}

	/** The parent's code, empty for a first-level code. */
	public static Optional<String> parent(String code) {
		return code.length() == 1 ? Optional.empty() : Optional.of(code.substring(0, code.length() - 2));
	}

	/** The first-level code the item belongs to. */
	public static String root(String code) {
		return code.substring(0, 1);
	}

	/**
	 * Why a 品目 code is malformed (Chinese), or empty; blank is for the caller to judge.
	 */
	public static Optional<String> pinmuProblem(String pinmu) {
		if (pinmu == null || pinmu.isBlank()) {
			return Optional.empty();
		}
		if (pinmu.startsWith("A") || pinmu.startsWith("B")) {
			return Optional.of("品目编码 " + pinmu + " 属于货物（A）或工程（B）类，政府购买服务只能对应服务类（C）品目");
		}
		if (!PINMU.matcher(pinmu).matches()) {
			return Optional.of("品目编码格式应为 C 加 2 至 10 位数字（两位一级，如 C2301）");
		}
		return Optional.empty();
	}

}
