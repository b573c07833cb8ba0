package org.govbuy.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a contract and its delivery: the purchasing unit, the provider
 * of the contract, and finance, supervision and administrators within their data scope
 * read; the provider writes the ledger; the purchasing unit sets milestones and accepts.
 * Outside the scope the contract does not exist (404).
 */
@Component
class ContractAccess {

	private final JdbcClient jdbc;

	private final ProviderDirectory providers;

	private final Clock clock;

	ContractAccess(JdbcClient jdbc, ProviderDirectory providers, Clock clock) {
		this.jdbc = jdbc;
		this.providers = providers;
		this.clock = clock;
	}

	/** The contract as a delivery sees it. */
	Deliveries.DeliveryContract readable(UUID contractId) {
		Deliveries.DeliveryContract contract = find(contractId, false);
		if (!readableBy(contract, CurrentUser.require())) {
			throw new NotFoundException("合同不存在");
		}
		return contract;
	}

	/** The contract, locked, for its provider. */
	Deliveries.DeliveryContract forProvider(UUID contractId) {
		Deliveries.DeliveryContract contract = find(contractId, true);
		CurrentUser user = CurrentUser.require();
		if (!readableBy(contract, user)) {
			throw new NotFoundException("合同不存在");
		}
		if (!isProvider(contract, user)) {
			throw new AccessDeniedException("只有本合同的承接主体可以记录台账和提交整改");
		}
		requireSigned(contract);
		return contract;
	}

	/** The contract, locked, for its purchasing unit. */
	Deliveries.DeliveryContract forPurchaser(UUID contractId) {
		Deliveries.DeliveryContract contract = find(contractId, true);
		CurrentUser user = CurrentUser.require();
		if (!readableBy(contract, user)) {
			throw new NotFoundException("合同不存在");
		}
		if (!isPurchaser(contract, user)) {
			throw new AccessDeniedException("只有本合同的购买主体可以设置履约节点和组织验收");
		}
		requireSigned(contract);
		return contract;
	}

	/**
	 * The provider (in the provider registry) the signed-in provider user acts for; a
	 * contract names the registry's provider, not the user's organization.
	 */
	Optional<UUID> providerOf(CurrentUser user) {
		if (!user.hasRole(Role.PROVIDER) || user.organizationId() == null) {
			return Optional.empty();
		}
		return providers.ofOrganization(user.organizationId()).map(ProviderDirectory.ProviderIdentity::id);
	}

	boolean isProvider(Deliveries.DeliveryContract contract, CurrentUser user) {
		return isProvider(contract.providerId(), user);
	}

	/** Whether the user signs for this provider (承接主体). */
	boolean isProvider(UUID providerId, CurrentUser user) {
		return providerOf(user).filter(providerId::equals).isPresent();
	}

	static boolean isPurchaser(Deliveries.DeliveryContract contract, CurrentUser user) {
		return isPurchaser(contract.unitId(), user);
	}

	/** Whether the user is a purchaser of this unit. */
	static boolean isPurchaser(UUID unitId, CurrentUser user) {
		return user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD) && unitId.equals(user.organizationId());
	}

	boolean readableBy(Deliveries.DeliveryContract contract, CurrentUser user) {
		return readableBy(contract.unitId(), new RegionCode(contract.regionCode()), contract.providerId(), user);
	}

	/**
	 * Whether a contract is visible: to its provider, and to others within their data
	 * scope — never to other providers, experts or evaluators.
	 */
	boolean readableBy(UUID unitId, RegionCode region, UUID providerId, CurrentUser user) {
		if (isProvider(providerId, user)) {
			return true;
		}
		if (user.hasRole(Role.PROVIDER) || user.hasRole(Role.EXPERT) || user.hasRole(Role.EVALUATOR)) {
			return false;
		}
		return user.scope().permits(unitId, region);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Contracts.CHINA));
	}

	private static void requireSigned(Deliveries.DeliveryContract contract) {
		if (!"SIGNED".equals(contract.status())) {
			throw new org.govbuy.platform.InvalidInputException("status", "合同签订后、终止前才能办理履约事项");
		}
	}

	private Deliveries.DeliveryContract find(UUID contractId, boolean lock) {
		return jdbc.sql(
				"select id, title, unit_id, unit_name, region_code, provider_id, provider_name, status, amount, starts_on,"
						+ " ends_on, quality, public_service, technically_complex from contract.contract where id = :id"
						+ (lock ? " for update" : ""))
			.param("id", contractId)
			.query((rs, n) -> new Deliveries.DeliveryContract(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), rs.getString("region_code"),
					rs.getObject("provider_id", UUID.class), rs.getString("provider_name"), rs.getString("status"),
					Money.of(rs.getBigDecimal("amount")), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getString("quality"), rs.getBoolean("public_service"),
					rs.getBoolean("technically_complex")))
			.optional()
			.orElseThrow(() -> new NotFoundException("合同不存在"));
	}

}
