package org.govbuy.catalog.web;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.catalog.application.CatalogQueries;
import org.govbuy.catalog.application.CatalogQueries.VersionSummary;
import org.govbuy.catalog.domain.VersionStatus;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.HomeCard;
import org.govbuy.platform.HomeCards;
import org.govbuy.platform.Role;

import org.springframework.stereotype.Component;

/**
 * Home figures: drafts awaiting publication, filings awaiting review, late publications.
 */
@Component
class CatalogHomeCards implements HomeCards {

	private final CatalogQueries queries;

	CatalogHomeCards(CatalogQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<HomeCard> cardsFor(CurrentUser user) {
		List<HomeCard> cards = new ArrayList<>();
		if (!user.hasAnyRole(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)) {
			return cards;
		}
		List<VersionSummary> versions = queries.versions(user, null, null);
		cards.add(new HomeCard("待发布的目录草稿",
				versions.stream().filter(v -> v.status() == VersionStatus.DRAFT && mine(user, v)).count(), "/catalog"));
		cards.add(new HomeCard("待审阅的下级目录备案",
				versions.stream()
					.filter(v -> v.filed() && !v.reviewed() && user.region() != null
							&& !user.region().equals(v.region()) && user.region().contains(v.region()))
					.count(),
				"/catalog"));
		cards.add(new HomeCard("逾期发布的目录版本", versions.stream().filter(VersionSummary::late).count(), "/catalog"));
		return cards;
	}

	private static boolean mine(CurrentUser user, VersionSummary version) {
		return user.hasRole(Role.ADMIN) || version.region().equals(user.region());
	}

}
