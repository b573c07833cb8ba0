package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * A provider's bid as stored: its sealed content, and what the evaluation report wrote
 * (price, scores, rank, compliance, remarks; null until then).
 *
 * @param id the bid
 * @param projectId the procurement
 * @param providerId the provider
 * @param providerName its name
 * @param socialOrganization the provider is a social organization (preferred at equal
 * scores)
 * @param sealed price and proposal, sealed until the deadline
 * @param submittedAt when it was submitted
 * @param price the price the report read, null before
 * @param technicalScore the panel's average technical score
 * @param priceScore the price score
 * @param totalScore the total
 * @param rank the rank
 * @param compliant whether the report found it compliant
 * @param remarks the report's remarks
 */
record Bid(UUID id, UUID projectId, UUID providerId, String providerName, boolean socialOrganization, byte[] sealed,
		Instant submittedAt, Money price, BigDecimal technicalScore, BigDecimal priceScore, BigDecimal totalScore,
		Integer rank, Boolean compliant, String remarks) {

	/** What anyone allowed to see the bid may see: scores only once the report is out. */
	BidSummary summary(boolean reported) {
		return new BidSummary(id, providerId, providerName, socialOrganization, submittedAt, reported ? price : null,
				reported ? technicalScore : null, reported ? priceScore : null, reported ? totalScore : null,
				reported ? rank : null, reported ? compliant : null, reported ? remarks : null);
	}

}
