package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.govbuy.shared.RegionCode;
import org.junit.jupiter.api.Test;

/** What each user sees: own organization, own region and below, or everything. */
class DataScopeTests {

	static final RegionCode ZIBO = new RegionCode("370300");

	static final RegionCode BOSHAN = new RegionCode("370304");

	static final RegionCode JINAN = new RegionCode("370100");

	UUID own = UUID.randomUUID();

	UUID other = UUID.randomUUID();

	@Test
	void purchaserClerkSeesOnlyOwnOrganization() {
		DataScope scope = user(ZIBO, Role.PURCHASER_CLERK).scope();
		assertThat(scope.permits(own, ZIBO)).isTrue();
		assertThat(scope.permits(other, ZIBO)).isFalse();
		assertThat(scope.organizationFilter()).isEqualTo(own);
	}

	@Test
	void cityFinanceSeesItsCityAndCountiesButNotOtherCities() {
		DataScope scope = user(ZIBO, Role.FINANCE_CLERK).scope();
		assertThat(scope.permits(other, ZIBO)).isTrue();
		assertThat(scope.permits(other, BOSHAN)).isTrue();
		assertThat(scope.permits(other, JINAN)).isFalse();
		assertThat(scope.permits(other, new RegionCode("370000"))).isFalse();
		assertThat(scope.regionPattern()).isEqualTo("3703%");
	}

	@Test
	void countySupervisorSeesOnlyItsCounty() {
		DataScope scope = user(BOSHAN, Role.SUPERVISOR).scope();
		assertThat(scope.permits(other, BOSHAN)).isTrue();
		assertThat(scope.permits(other, ZIBO)).isFalse();
	}

	@Test
	void administratorSeesEverything() {
		DataScope scope = user(new RegionCode("000000"), Role.ADMIN).scope();
		assertThat(scope.permits(other, JINAN)).isTrue();
		assertThat(scope.regionPattern()).isEqualTo("%");
	}

	private CurrentUser user(RegionCode region, Role role) {
		return new CurrentUser(UUID.randomUUID(), "u", "用户", own, "单位", region, Set.of(role));
	}

}
