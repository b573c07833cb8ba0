package org.govbuy.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.govbuy.shared.Money;

/**
 * 低价优先法 (87令 §55): price score = lowest valid price ÷ this price × price points. The
 * benchmark is the lowest valid price; prices are never averaged and the highest and
 * lowest are never dropped.
 */
public final class PriceScoring {

	/**
	 * @param price the bid's evaluated price
	 * @param lowestValidPrice the lowest price among valid bids
	 * @param pricePoints the points price is worth (weight × total points)
	 * @return the bid's price score, two decimals
	 */
	public BigDecimal score(Money price, Money lowestValidPrice, BigDecimal pricePoints) {
		if (!price.isPositive() || !lowestValidPrice.isPositive()) {
			throw new IllegalArgumentException("报价必须大于零");
		}
		if (price.isLessThan(lowestValidPrice)) {
			throw new IllegalArgumentException("基准价应为最低有效报价");
		}
		return lowestValidPrice.amount().multiply(pricePoints).divide(price.amount(), 2, RoundingMode.HALF_UP);
	}

}
