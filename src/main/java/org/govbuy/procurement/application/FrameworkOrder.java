package org.govbuy.procurement.application;

import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * An order under a framework agreement.
 *
 * @param id the order
 * @param recipient the service recipient who chose
 * @param description what is ordered
 * @param amount its amount
 * @param offered how many admitted providers were offered
 * @param providerName the provider chosen
 */
public record FrameworkOrder(UUID id, String recipient, String description, Money amount, int offered,
		String providerName) {
}
