package org.govbuy.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of renminbi in yuan, always held at two decimal places (分) and rounded half
 * up, so that two amounts that print the same are equal. Never built from a
 * {@code double}: budget and contract amounts must add up to the fen.
 *
 * @param amount the amount in yuan, normalised to scale 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	/** Serialized to JSON as the plain value. */
	@JsonValue
	public BigDecimal amount() {
		return amount;
	}

	/** Zero yuan. */
	public static final Money ZERO = new Money(BigDecimal.ZERO);

	private static final int SCALE = 2;

	/**
	 * Uppercase conversion stops below 1 京 (10^16 yuan); no public budget comes close.
	 */
	private static final BigDecimal UPPERCASE_LIMIT = BigDecimal.TEN.pow(16);

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] SECTION_UNITS = { "", "拾", "佰", "仟" };

	private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1000 };

	private static final long WAN = 10_000L;

	private static final long YI = 100_000_000L;

	/** Normalises the amount to two decimal places. */
	public Money {
		if (amount == null) {
			throw new IllegalArgumentException("金额不能为空");
		}
		amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** The amount of this decimal number of yuan, rounded half up to the fen. */
	@JsonCreator
	public static Money of(BigDecimal yuan) {
		return new Money(yuan);
	}

	/**
	 * The amount written as a plain decimal number of yuan, such as {@code "1234567.89"};
	 * blanks around it are ignored. Thousands separators and currency signs are refused,
	 * so a typing mistake cannot silently change an amount.
	 */
	public static Money of(String yuan) {
		if (yuan == null || yuan.isBlank()) {
			throw new IllegalArgumentException("金额不能为空");
		}
		try {
			return new Money(new BigDecimal(yuan.strip()));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("金额格式不正确：" + yuan);
		}
	}

	/** A whole number of yuan. */
	public static Money ofYuan(long yuan) {
		return new Money(BigDecimal.valueOf(yuan));
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(other.amount));
	}

	/**
	 * This amount multiplied by a rate, rounded half up to the fen; e.g. a 2% performance
	 * bond is {@code budget.times(new BigDecimal("0.02"))}.
	 */
	public Money times(BigDecimal rate) {
		if (rate == null) {
			throw new IllegalArgumentException("比例不能为空");
		}
		return new Money(amount.multiply(rate));
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	public boolean isAtLeast(Money other) {
		return compareTo(other) >= 0;
	}

	public boolean isLessThan(Money other) {
		return compareTo(other) < 0;
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	/** The amount as people read it in lists and reports: {@code ¥1,234,567.89}. */
	public String format() {
		DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

	/**
	 * The amount in 人民币大写 as 《支付结算办法》 (附件一 正确填写票据和结算凭证的基本规定) asks for cheques and
	 * contracts, e.g. {@code 人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分}.
	 * @throws IllegalArgumentException for a negative amount or one of 1 京 (10^16) yuan
	 * or more
	 * @see #toChineseUppercaseWithoutPrefix()
	 */
	public String toChineseUppercase() {
		return "人民币" + toChineseUppercaseWithoutPrefix();
	}

	/**
	 * The 人民币大写 without the leading {@code 人民币}, for forms that print the word in the
	 * label.
	 * <p>
	 * Conventions, where 《支付结算办法》 leaves a choice: {@code 整} follows an amount ending at
	 * 元 or at 角 but never at 分; a zero 元 digit before a non-zero 角 gets no {@code 零}
	 * ({@code 壹拾元壹角整}); a zero 角 before a non-zero 分 always gets one ({@code 壹元零伍分}); a
	 * zero 万 digit followed by a non-zero 仟 gets none ({@code 壹拾万柒仟元整}); an amount below
	 * one yuan omits the 元 ({@code 伍分}); 壹拾 is never shortened to 拾.
	 * @throws IllegalArgumentException for a negative amount or one of 1 京 (10^16) yuan
	 * or more
	 */
	public String toChineseUppercaseWithoutPrefix() {
		if (isNegative()) {
			throw new IllegalArgumentException("负数金额不能转换为中文大写：" + this);
		}
		if (amount.compareTo(UPPERCASE_LIMIT) >= 0) {
			throw new IllegalArgumentException("金额过大，无法转换为中文大写：" + this);
		}
		long yuan = amount.longValue();
		int fen = amount.remainder(BigDecimal.ONE).movePointRight(SCALE).intValueExact();
		int jiao = fen / 10;
		fen = fen % 10;
		if (yuan == 0 && jiao == 0 && fen == 0) {
			return "零元整";
		}
		StringBuilder text = new StringBuilder();
		if (yuan > 0) {
			text.append(belowJing(yuan)).append('元');
		}
		if (jiao > 0) {
			text.append(DIGITS.charAt(jiao)).append('角');
		}
		else if (fen > 0 && yuan > 0) {
			// Rule (四) of the 附件: a zero 角 between 元 and 分 must be written, against
			// tampering.
			text.append('零');
		}
		if (fen > 0) {
			text.append(DIGITS.charAt(fen)).append('分');
		}
		else {
			text.append('整');
		}
		return text.toString();
	}

	/**
	 * 1 ≤ n < 10^16: the 亿 part, then the rest with one 零 where a gap of zeros precedes
	 * it.
	 */
	private static String belowJing(long n) {
		if (n < YI) {
			return belowYi(n);
		}
		long low = n % YI;
		String high = belowYi(n / YI) + "亿";
		if (low == 0) {
			return high;
		}
		return high + (low < YI / 10 ? "零" : "") + belowYi(low);
	}

	/** 1 ≤ n < 10^8, without a leading 零 (the caller writes it when needed). */
	private static String belowYi(long n) {
		if (n < WAN) {
			return belowWan((int) n);
		}
		int low = (int) (n % WAN);
		String high = belowWan((int) (n / WAN)) + "万";
		if (low == 0) {
			return high;
		}
		return high + (low < WAN / 10 ? "零" : "") + belowWan(low);
	}

	/** 1 ≤ n < 10^4: one 零 for each run of zeros between digits, none at either end. */
	private static String belowWan(int n) {
		StringBuilder text = new StringBuilder();
		boolean pendingZero = false;
		for (int position = 3; position >= 0; position--) {
			int digit = (n / POWERS_OF_TEN[position]) % 10;
			if (digit == 0) {
				pendingZero = text.length() > 0;
				continue;
			}
			if (pendingZero) {
				text.append('零');
				pendingZero = false;
			}
			text.append(DIGITS.charAt(digit)).append(SECTION_UNITS[position]);
		}
		return text.toString();
	}

	/** The plain decimal number of yuan, {@code 1234567.89}, as stored and exchanged. */
	@Override
	public String toString() {
		return amount.toPlainString();
	}

}
