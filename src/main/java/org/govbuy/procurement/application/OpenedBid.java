package org.govbuy.procurement.application;

import java.util.UUID;

import org.govbuy.shared.Money;

/** A bid's content, only after the deadline. */
public record OpenedBid(UUID id, String providerName, Money price, String proposal) {
}
