package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The target of a quantitative indicator, from the plan line's 绩效目标 text (e.g.
 * {@code ≥95%}) when it names a number of the right kind, else the indicator's default. A
 * rate measured in % takes only a number written with %, so that a cost target in yuan
 * never becomes a rate's target.
 */
public final class Targets {

	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");

	private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)");

	private Targets() {
	}

	/** The number a target text names, if any. */
	public static Optional<BigDecimal> parse(String text, boolean percent) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = (percent ? PERCENT : NUMBER).matcher(text);
		return matcher.find() ? Optional.of(new BigDecimal(matcher.group(1))) : Optional.empty();
	}

	/** Whether the measure is a rate in %. */
	public static boolean percent(Measure measure) {
		return measure != Measure.RECTIFICATIONS;
	}

}
