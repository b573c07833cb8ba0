package org.govbuy.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.contract.ContractParties;
import org.govbuy.contract.ContractParties.ContractSummary;
import org.govbuy.delivery.domain.ContractStanding;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a contract's delivery, as the contract module says
 * ({@link ContractParties}): the purchasing unit, the provider of the contract, and
 * finance, supervision and administrators within their data scope read; the provider
 * writes the ledger; the purchasing unit sets milestones and accepts. Outside the scope
 * the contract does not exist (404).
 */
@Component
class DeliveryAccess {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ContractParties contracts;

	private final ContractAccounts accounts;

	private final Clock clock;

	DeliveryAccess(ContractParties contracts, ContractAccounts accounts, Clock clock) {
		this.contracts = contracts;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The contract as a delivery sees it. */
	Deliveries.DeliveryContract readable(UUID contractId) {
		Deliveries.DeliveryContract contract = find(contractId);
		if (!readableBy(contract, CurrentUser.require())) {
			throw new NotFoundException("合同不存在");
		}
		return contract;
	}

	/** The contract, its account locked, for its provider. */
	Deliveries.DeliveryContract forProvider(UUID contractId) {
		Deliveries.DeliveryContract contract = readable(contractId);
		if (!isProvider(contract, CurrentUser.require())) {
			throw new AccessDeniedException("只有本合同的承接主体可以记录台账和提交整改");
		}
		return lockInPerformance(contract);
	}

	/** The contract, its account locked, for its purchasing unit. */
	Deliveries.DeliveryContract forPurchaser(UUID contractId) {
		Deliveries.DeliveryContract contract = readable(contractId);
		if (!isPurchaser(contract, CurrentUser.require())) {
			throw new AccessDeniedException("只有本合同的购买主体可以设置履约节点和组织验收");
		}
		return lockInPerformance(contract);
	}

	/**
	 * The provider (in the provider registry) the signed-in provider user acts for; a
	 * contract names the registry's provider, not the user's organization.
	 */
	Optional<UUID> providerOf(CurrentUser user) {
		if (!user.hasRole(Role.PROVIDER) || user.organizationId() == null) {
			return Optional.empty();
		}
		return contracts.providerOf(user);
	}

	boolean isProvider(Deliveries.DeliveryContract contract, CurrentUser user) {
		return contracts.isProvider(contract.providerId(), user);
	}

	boolean isPurchaser(Deliveries.DeliveryContract contract, CurrentUser user) {
		return contracts.isPurchaser(contract.unitId(), user);
	}

	/** Whether the user is a purchaser of this unit. */
	boolean isPurchaser(UUID unitId, CurrentUser user) {
		return contracts.isPurchaser(unitId, user);
	}

	/** Whether the user signs for this provider (承接主体). */
	boolean isProvider(UUID providerId, CurrentUser user) {
		return contracts.isProvider(providerId, user);
	}

	boolean readableBy(Deliveries.DeliveryContract contract, CurrentUser user) {
		return contracts.readableBy(contract.unitId(), contract.region(), contract.providerId(), user);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	/** The contract as the contract module has it now. */
	ContractSummary summary(UUID contractId) {
		return contracts.find(contractId).orElseThrow(() -> new NotFoundException("合同不存在"));
	}

	/**
	 * Locks the contract's account, then reads the contract again: a termination that
	 * committed while this request waited is seen.
	 */
	private Deliveries.DeliveryContract lockInPerformance(Deliveries.DeliveryContract contract) {
		contract.status().requireInPerformance();
		accounts.lock(contract.id());
		Deliveries.DeliveryContract current = find(contract.id());
		current.status().requireInPerformance();
		return current;
	}

	private Deliveries.DeliveryContract find(UUID contractId) {
		ContractSummary contract = summary(contractId);
		ContractStanding standing = contract.signed() ? ContractStanding.SIGNED
				: contract.terminated() ? ContractStanding.TERMINATED : ContractStanding.DRAFT;
		return new Deliveries.DeliveryContract(contract.id(), contract.title(), contract.unitId(), contract.unitName(),
				contract.region(), contract.providerId(), contract.providerName(), standing, contract.amount(),
				contract.startsOn(), contract.endsOn(), contract.quality(), contract.publicService(),
				contract.technicallyComplex());
	}

}
