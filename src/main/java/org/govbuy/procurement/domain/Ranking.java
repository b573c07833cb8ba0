package org.govbuy.procurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * Orders evaluated bids: the higher total score first; at equal scores a social
 * organization first where the region prefers them (seed 004, a regional switch), then
 * the lower price.
 */
public final class Ranking {

	/** A bid after evaluation. */
	public record ScoredBid(UUID bidId, String supplier, BigDecimal totalScore, Money price,
			boolean socialOrganization) {
	}

	/** A bid's place, and whether the social-organization preference decided it. */
	public record Ranked(int rank, ScoredBid bid, boolean preferredAsSocialOrganization) {
	}

	public List<Ranked> rank(List<ScoredBid> bids, boolean preferSocialOrganizations) {
		Comparator<ScoredBid> byScore = Comparator.comparing(ScoredBid::totalScore).reversed();
		Comparator<ScoredBid> order = preferSocialOrganizations
				? byScore.thenComparing(bid -> !bid.socialOrganization()) : byScore;
		List<ScoredBid> sorted = new ArrayList<>(bids);
		sorted.sort(order.thenComparing(ScoredBid::price));
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			ScoredBid bid = sorted.get(i);
			boolean preferred = preferSocialOrganizations && bid.socialOrganization()
					&& sorted.stream()
						.anyMatch(other -> other != bid && !other.socialOrganization()
								&& other.totalScore().compareTo(bid.totalScore()) == 0);
			ranked.add(new Ranked(i + 1, bid, preferred));
		}
		return ranked;
	}

}
