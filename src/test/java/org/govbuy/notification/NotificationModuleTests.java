package org.govbuy.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.govbuy.catalog.CatalogVersionPublished;
import org.govbuy.contract.ContractSigned;
import org.govbuy.delivery.PaymentPaid;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the notification module reacts to other modules' events: each reaches exactly the
 * users of the organizations it concerns, and a re-delivered event adds nothing.
 */
@IntegrationTest
@EnableScenarios
class NotificationModuleTests {

	static final RegionCode ZIBO = new RegionCode("370300");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProviderDirectory providers;

	@Autowired
	EventNotifications listeners;

	@Test
	void aSignedContractReachesExactlyTheUnitsAndTheProvidersUsersOnce(Scenario scenario) {
		UUID unit = organizationOf("buyer.mzj");
		UUID providerOrganization = organizationOf("provider.demo");
		UUID provider = providers.ofOrganization(providerOrganization).orElseThrow().id();
		ContractSigned signed = new ContractSigned(UUID.randomUUID(), "ZBMZ-TEST-" + System.nanoTime(), unit, ZIBO,
				provider, Money.ofYuan(120_000), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
				LocalDate.of(2026, 12, 8), "社区助餐服务合同", "淄博市民政局", "淄博市颐康居家养老服务中心", true, 30);
		Set<String> concerned = new TreeSet<>(usersOf(unit));
		concerned.addAll(usersOf(providerOrganization));

		scenario.publish(signed)
			.andWaitForStateChange(() -> recipientsOf(signed.contractId()), found -> found.size() >= concerned.size())
			.andVerify(found -> assertThat(found).containsExactlyInAnyOrderElementsOf(concerned)
				.contains("buyer.mzj", "head.mzj", "provider.demo")
				.doesNotContain("buyer.jgsw", "finance.zibo", "admin"));

		AopTestUtils.<EventNotifications>getUltimateTargetObject(listeners).on(signed);
		assertThat(recipientsOf(signed.contractId())).as("after a re-delivery").hasSize(concerned.size());
	}

	@Test
	void aPaymentReachesOnlyTheProvidersUsers(Scenario scenario) {
		UUID providerOrganization = organizationOf("provider.demo");
		UUID provider = providers.ofOrganization(providerOrganization).orElseThrow().id();
		PaymentPaid paid = new PaymentPaid(UUID.randomUUID(), UUID.randomUUID(), provider, Money.ofYuan(30_000),
				LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 10));

		scenario.publish(paid)
			.andWaitForStateChange(() -> recipientsOf(paid.paymentId()), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).containsExactlyInAnyOrderElementsOf(usersOf(providerOrganization))
				.contains("provider.demo")
				.doesNotContain("buyer.mzj"));
	}

	@Test
	void aPublishedCatalogReachesTheFinanceUsersOfItsRegionAndTheRegionsBelow(Scenario scenario) {
		CatalogVersionPublished published = new CatalogVersionPublished(UUID.randomUUID(), ZIBO, FiscalYear.of(2027), 9,
				LocalDate.of(2027, 1, 1), false, null, UUID.randomUUID(), null, 120);

		scenario.publish(published)
			.andWaitForStateChange(() -> recipientsOf(published.versionId()), found -> found.contains("finance.boshan"))
			.andVerify(found -> assertThat(found).contains("finance.zibo", "reviewer.zibo", "finance.boshan")
				.doesNotContain("finance.shandong", "buyer.mzj", "admin"));
	}

	List<String> usersOf(UUID organization) {
		return jdbc.sql("select username from platform.app_user where organization_id = :org and enabled")
			.param("org", organization)
			.query(String.class)
			.list();
	}

	UUID organizationOf(String username) {
		return jdbc.sql("select organization_id from platform.app_user where username = :username")
			.param("username", username)
			.query(UUID.class)
			.single();
	}

	Set<String> recipientsOf(UUID subject) {
		return new TreeSet<>(jdbc.sql("select recipient from notification.message where subject_id = :subject")
			.param("subject", subject)
			.query(String.class)
			.list());
	}

}
