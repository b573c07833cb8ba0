package org.govbuy.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.Money;

/**
 * The abnormally-low-price triggers of 财库〔2026〕2号: a bid below 50% of the average of the
 * compliant bids, below 50% of the second-lowest compliant bid, or below 45% of the
 * maximum price (or the budget when none is set) must be reviewed. A purchaser may raise
 * the percentages, to no more than 65%.
 */
public final class LowPriceReview {

	static final BigDecimal CAP = new BigDecimal("0.65");

	/** The three percentages, as shares. */
	public record Triggers(BigDecimal ofAverage, BigDecimal ofSecondLowest, BigDecimal ofMaximumPrice) {

		public static final Triggers DEFAULT = new Triggers(new BigDecimal("0.50"), new BigDecimal("0.50"),
				new BigDecimal("0.45"));

		public Triggers {
			for (BigDecimal share : new BigDecimal[] { ofAverage, ofSecondLowest, ofMaximumPrice }) {
				if (share.signum() <= 0 || share.compareTo(CAP) > 0) {
					throw ProcurementRule.ABNORMALLY_LOW_PRICE.refusal("触发比例不得超过65%");
				}
			}
		}

	}

	/** Why a bid's price must be reviewed; empty when none applies. */
	public enum Reason {

		/** Below the share of the average of compliant bids. */
		BELOW_AVERAGE("低于通过符合性审查供应商报价平均值的规定比例"),
		/** Below the share of the second-lowest compliant bid. */
		BELOW_SECOND_LOWEST("低于次低报价的规定比例"),
		/** Below the share of the maximum price or budget. */
		BELOW_MAXIMUM_PRICE("低于最高限价（或预算）的规定比例");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * The triggers a bid sets off.
	 * @param price the bid's price
	 * @param compliantPrices prices of every bid that passed the compliance review
	 * (including this one)
	 * @param maximumPriceOrBudget the maximum price, or the budget when none is set
	 */
	public List<Reason> triggered(Money price, List<Money> compliantPrices, Money maximumPriceOrBudget,
			Triggers triggers) {
		List<Reason> reasons = new ArrayList<>();
		if (!compliantPrices.isEmpty()) {
			BigDecimal total = compliantPrices.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal average = total.divide(BigDecimal.valueOf(compliantPrices.size()), 6, RoundingMode.HALF_UP);
			if (price.amount().compareTo(average.multiply(triggers.ofAverage())) < 0) {
				reasons.add(Reason.BELOW_AVERAGE);
			}
		}
		List<Money> others = new ArrayList<>(compliantPrices);
		others.remove(price);
		others.sort(Comparator.naturalOrder());
		if (!others.isEmpty() && isLowest(price, compliantPrices)) {
			Money secondLowest = others.get(0);
			if (price.amount().compareTo(secondLowest.amount().multiply(triggers.ofSecondLowest())) < 0) {
				reasons.add(Reason.BELOW_SECOND_LOWEST);
			}
		}
		if (maximumPriceOrBudget != null
				&& price.amount().compareTo(maximumPriceOrBudget.amount().multiply(triggers.ofMaximumPrice())) < 0) {
			reasons.add(Reason.BELOW_MAXIMUM_PRICE);
		}
		return reasons;
	}

	private static boolean isLowest(Money price, List<Money> prices) {
		return prices.stream().noneMatch(other -> other.isLessThan(price));
	}

}
