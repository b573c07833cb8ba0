package org.govbuy.contract.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.contract.ContractParties;
import org.govbuy.contract.AmendmentKind;
import org.govbuy.contract.domain.AmendmentStatus;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.platform.CurrentUser;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The contract module's published view of its contracts and their parties. */
@Component
class PublishedContracts implements ContractParties {

	private final JdbcClient jdbc;

	private final ContractAccess access;

	private final Contracts contracts;

	/**
	 * {@code contracts} is resolved lazily: {@link Contracts} asks the delivery module
	 * (through {@code ContractPerformance}), which reads contracts through this API.
	 */
	PublishedContracts(JdbcClient jdbc, ContractAccess access, @Lazy Contracts contracts) {
		this.jdbc = jdbc;
		this.access = access;
		this.contracts = contracts;
	}

	@Override
	public Optional<ContractSummary> find(UUID contractId) {
		return jdbc
			.sql("""
					select c.id, c.number, c.title, c.unit_id, c.unit_name, c.region_code, c.provider_id, c.provider_name,
					  c.provider_sme, c.plan_line_id, c.amount, c.starts_on, c.ends_on, c.payment_days, c.signed_on, c.status,
					  c.quality, c.public_service, c.technically_complex,
					  coalesce((select sum(a.amount) from contract.amendment a where a.contract_id = c.id
					    and a.kind = :supplement and a.status = :inForce), 0) as supplements
					from contract.contract c where c.id = :id""")
			.param("id", contractId)
			.param("supplement", AmendmentKind.SUPPLEMENT.name())
			.param("inForce", AmendmentStatus.IN_FORCE.name())
			.query((rs, n) -> {
				ContractStatus status = ContractStatus.valueOf(rs.getString("status"));
				Money amount = Money.of(rs.getBigDecimal("amount"));
				return new ContractSummary(rs.getObject("id", UUID.class), rs.getString("number"),
						rs.getString("title"), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
						new RegionCode(rs.getString("region_code")), rs.getObject("provider_id", UUID.class),
						rs.getString("provider_name"), rs.getBoolean("provider_sme"),
						rs.getObject("plan_line_id", UUID.class), amount,
						amount.plus(Money.of(rs.getBigDecimal("supplements"))),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
						rs.getInt("payment_days"), rs.getObject("signed_on", LocalDate.class),
						status == ContractStatus.SIGNED, status == ContractStatus.TERMINATED, rs.getString("quality"),
						rs.getBoolean("public_service"), rs.getBoolean("technically_complex"));
			})
			.optional();
	}

	@Override
	public boolean isProvider(UUID providerId, CurrentUser user) {
		return access.isProvider(providerId, user);
	}

	@Override
	public boolean isPurchaser(UUID unitId, CurrentUser user) {
		return ContractAccess.isPurchaser(unitId, user);
	}

	@Override
	public boolean readableBy(UUID unitId, RegionCode region, UUID providerId, CurrentUser user) {
		return access.readableBy(unitId, region, providerId, user);
	}

	@Override
	public Optional<UUID> providerOf(CurrentUser user) {
		return access.providerOf(user);
	}

	@Override
	public List<LateContract> late() {
		return contracts.list()
			.stream()
			.filter(contract -> contract.lateSteps() != null)
			.map(contract -> new LateContract(contract.id(), contract.number(), contract.unitName(),
					contract.signedOn(), contract.publishedOn(), contract.filedOn(), contract.lateSteps()))
			.toList();
	}

}
