package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.procurement.domain.LowPriceReview;
import org.govbuy.procurement.domain.PriceScoring;
import org.govbuy.procurement.domain.Ranking;
import org.govbuy.procurement.domain.SupplierCountPolicy;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evaluation report's arithmetic: compliant bids, price scores on the lowest valid
 * price, the panel's average technical scores, abnormally low prices, and the ranking
 * with the social-organization preference; then writes it onto the bids.
 */
@Component
class EvaluationReport {

	/**
	 * What the report found.
	 *
	 * @param failure why the procurement ends (too few compliant suppliers), null if it
	 * proceeds
	 * @param ranked the compliant bids in rank order with their points
	 * @param invalid the bids over the price cap, with the price read
	 * @param remarks remarks by bid
	 */
	record Outcome(String failure, List<RankedBid> ranked, Map<UUID, Money> invalid, Map<UUID, String> remarks) {

		boolean proceeds() {
			return failure == null;
		}

	}

	/** A compliant bid's place in the report; points are null under 最低评标价法. */
	record RankedBid(UUID bidId, Money price, BigDecimal technical, BigDecimal priceScore, BigDecimal total, int rank) {
	}

	private final JdbcClient jdbc;

	private final RegionalParameters parameters;

	private final ProjectAccess access;

	EvaluationReport(JdbcClient jdbc, RegionalParameters parameters, ProjectAccess access) {
		this.jdbc = jdbc;
		this.parameters = parameters;
		this.access = access;
	}

	Outcome evaluate(Project project, List<Bid> bids, List<OpenedBid> opened) {
		Project.Terms terms = project.terms();
		Money cap = terms.cap();
		Map<UUID, Boolean> social = bids.stream().collect(Collectors.toMap(Bid::id, Bid::socialOrganization));
		List<OpenedBid> compliant = opened.stream().filter(bid -> !bid.price().isGreaterThan(cap)).toList();
		Map<UUID, String> remarks = new LinkedHashMap<>();
		Map<UUID, Money> invalid = new LinkedHashMap<>();
		opened.stream().filter(bid -> bid.price().isGreaterThan(cap)).forEach(bid -> {
			invalid.put(bid.id(), bid.price());
			remarks.put(bid.id(), "报价超过" + (terms.maxPrice() != null ? "最高限价" : "采购预算") + "，为无效响应");
		});
		SupplierCountPolicy.Outcome count = new SupplierCountPolicy().afterReview(terms.method(), compliant.size());
		if (!count.proceeds()) {
			return new Outcome(count.ended().map(RuleViolation::message).orElse("符合要求的供应商不足"), List.of(), invalid,
					remarks);
		}
		Map<UUID, BigDecimal[]> points = new LinkedHashMap<>();
		List<Ranking.ScoredBid> scored = new ArrayList<>();
		Map<UUID, BigDecimal> technical = terms.lowestPrice() ? Map.of() : averageTechnicalScores(project.id());
		for (OpenedBid bid : compliant) {
			BigDecimal[] p = terms.lowestPrice() ? new BigDecimal[] { null, null, null }
					: points(terms, bid, technical.get(bid.id()), compliant, remarks);
			points.put(bid.id(), p);
			// 最低评标价法: the lowest compliant price ranks first; no points.
			BigDecimal order = terms.lowestPrice() ? BigDecimal.ZERO.setScale(2).subtract(bid.price().amount()) : p[2];
			scored.add(new Ranking.ScoredBid(bid.id(), bid.providerName(), order, bid.price(), social.get(bid.id())));
		}
		boolean preferSocial = parameters.switchedOn(terms.region(), PolicyParameter.PREFER_SOCIAL_ORGANIZATIONS,
				access.today());
		List<RankedBid> ranked = new ArrayList<>();
		for (Ranking.Ranked r : new Ranking().rank(scored, preferSocial)) {
			BigDecimal[] p = points.get(r.bid().bidId());
			ranked.add(new RankedBid(r.bid().bidId(), r.bid().price(), p[0], p[1], p[2], r.rank()));
			if (r.preferredAsSocialOrganization()) {
				remarks.merge(r.bid().bidId(), "得分相同，按同等条件下优先向社会组织购买排序（博财采〔2022〕19号）", (a, b) -> a + "；" + b);
			}
		}
		return new Outcome(null, ranked, invalid, remarks);
	}

	/** Technical (the panel's average), price and total points of a compliant bid. */
	private BigDecimal[] points(Project.Terms terms, OpenedBid bid, BigDecimal average, List<OpenedBid> compliant,
			Map<UUID, String> remarks) {
		Money lowest = compliant.stream().map(OpenedBid::price).min(Money::compareTo).orElseThrow();
		BigDecimal technical = average.setScale(2, RoundingMode.HALF_UP);
		BigDecimal priceScore = new PriceScoring().score(bid.price(), lowest,
				Evaluations.TOTAL_POINTS.multiply(terms.priceWeight()));
		var reasons = new LowPriceReview().triggered(bid.price(), compliant.stream().map(OpenedBid::price).toList(),
				terms.cap(), LowPriceReview.Triggers.DEFAULT);
		if (!reasons.isEmpty()) {
			remarks.put(bid.id(),
					"报价明显低于其他报价（" + String.join("、", reasons.stream().map(LowPriceReview.Reason::label).toList())
							+ "），评审小组应要求其说明合理性");
		}
		return new BigDecimal[] { technical, priceScore, technical.add(priceScore) };
	}

	/** The panel's average technical score of each bid of a project, in one query. */
	private Map<UUID, BigDecimal> averageTechnicalScores(UUID projectId) {
		Map<UUID, BigDecimal> averages = new java.util.HashMap<>();
		jdbc.sql("""
				select s.bid_id, avg(s.technical) as average from procurement.score s
				  join procurement.bid b on b.id = s.bid_id
				where b.project_id = :project group by s.bid_id""")
			.param("project", projectId)
			.query((rs, n) -> averages.put(rs.getObject("bid_id", UUID.class), rs.getBigDecimal("average")))
			.list();
		return averages;
	}

	/** Writes the ranking, the invalid bids and the remarks onto the bids. */
	void store(Outcome outcome) {
		for (RankedBid bid : outcome.ranked()) {
			jdbc.sql("""
					update procurement.bid set price = :price, technical_score = :technical, price_score = :priceScore,
					  total_score = :total, rank = :rank, compliant = true where id = :id""")
				.param("price", bid.price().amount())
				.param("technical", bid.technical())
				.param("priceScore", bid.priceScore())
				.param("total", bid.total())
				.param("rank", bid.rank())
				.param("id", bid.bidId())
				.update();
		}
		outcome.invalid()
			.forEach((id, price) -> jdbc
				.sql("update procurement.bid set price = :price, compliant = false where id = :id")
				.param("price", price.amount())
				.param("id", id)
				.update());
		storeRemarks(outcome.remarks());
	}

	void storeRemarks(Map<UUID, String> remarks) {
		remarks.forEach((bid, text) -> jdbc.sql("update procurement.bid set remarks = :text where id = :id")
			.param("text", text.length() > 1000 ? text.substring(0, 999) : text)
			.param("id", bid)
			.update());
	}

}
