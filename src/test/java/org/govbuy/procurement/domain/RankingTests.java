package org.govbuy.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.govbuy.procurement.domain.Ranking.Ranked;
import org.govbuy.procurement.domain.Ranking.ScoredBid;
import org.govbuy.shared.Money;
import org.junit.jupiter.api.Test;

class RankingTests {

	Ranking ranking = new Ranking();

	ScoredBid company = new ScoredBid(UUID.randomUUID(), "淄博康养物业有限公司", new BigDecimal("88.50"), Money.ofYuan(900_000),
			false);

	ScoredBid socialOrganization = new ScoredBid(UUID.randomUUID(), "淄博市颐康居家养老服务中心", new BigDecimal("88.50"),
			Money.ofYuan(950_000), true);

	ScoredBid lower = new ScoredBid(UUID.randomUUID(), "张店区乐龄社工服务社", new BigDecimal("80.00"), Money.ofYuan(700_000),
			true);

	@Test
	void ranksByTotalScoreThenLowerPrice() {
		List<Ranked> ranked = ranking.rank(List.of(lower, socialOrganization, company), false);
		assertThat(ranked).extracting(r -> r.bid().supplier())
			.containsExactly("淄博康养物业有限公司", "淄博市颐康居家养老服务中心", "张店区乐龄社工服务社");
	}

	@Test
	void prefersASocialOrganizationAtEqualScoresRuleLCC2022_14_42() {
		List<Ranked> ranked = ranking.rank(List.of(company, lower, socialOrganization), true);
		assertThat(ranked.get(0).bid()).isEqualTo(socialOrganization);
		assertThat(ranked.get(0).preferredAsSocialOrganization()).isTrue();
		assertThat(ranked.get(1).bid()).isEqualTo(company);
		assertThat(ranked.get(2).preferredAsSocialOrganization()).isFalse();
	}

}
