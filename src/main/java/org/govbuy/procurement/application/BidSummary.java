package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * A bid as anyone may see it before the deadline: who and when, nothing of its content.
 * After the report, the scores and rank.
 */
public record BidSummary(UUID id, UUID providerId, String providerName, boolean socialOrganization, Instant submittedAt,
		Money price, BigDecimal technicalScore, BigDecimal priceScore, BigDecimal totalScore, Integer rank,
		Boolean compliant, String remarks) {
}
