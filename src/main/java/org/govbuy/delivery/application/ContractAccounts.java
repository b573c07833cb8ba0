package org.govbuy.delivery.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.contract.ContractAmended;
import org.govbuy.contract.ContractParties;
import org.govbuy.contract.ContractParties.ContractSummary;
import org.govbuy.contract.ContractSigned;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.delivery.DeliverySchedule;
import org.govbuy.delivery.DeliverySchedules;
import org.govbuy.delivery.domain.ContractStanding;
import org.govbuy.delivery.domain.MilestoneStatus;
import org.govbuy.platform.NotFoundException;
import org.govbuy.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery's own record of each signed contract ({@code delivery.contract_account}, the
 * delivery schedule): opened from {@link ContractSigned}, its amount kept current from
 * {@link ContractAmended}, ended by {@link ContractTerminated}. Every listener is
 * idempotent, so a publication delivered again changes nothing. Payment requests and
 * delivery commands lock this row, so that payments never exceed the contract's amount
 * under concurrent requests.
 * <p>
 * The listeners run after the contract's transaction commits; a page that opens a
 * just-signed contract's delivery before its event has been handled finds the account
 * opened from the contract module's API instead ({@link #open(UUID)}), with the same row
 * the event would have written.
 */
@Service
public class ContractAccounts implements DeliverySchedules {

	private final JdbcClient jdbc;

	private final ContractParties contracts;

	ContractAccounts(JdbcClient jdbc, ContractParties contracts) {
		this.jdbc = jdbc;
		this.contracts = contracts;
	}

	@ApplicationModuleListener
	void on(ContractSigned signed) {
		insert(new Opening(signed.contractId(), signed.number(), signed.title(), signed.unitId(), signed.unitName(),
				signed.region().value(), signed.providerId(), signed.providerName(), signed.providerSme(),
				signed.amount(), signed.startsOn(), signed.endsOn(), signed.paymentDays(), signed.signedOn(),
				ContractStanding.SIGNED, null));
	}

	@ApplicationModuleListener
	void on(ContractTerminated terminated) {
		jdbc.sql("""
				update delivery.contract_account set status = :terminated, terminated_on = :on
				where contract_id = :id and status = :signed""")
			.param("terminated", ContractStanding.SIGNED.terminate().name())
			.param("signed", ContractStanding.SIGNED.name())
			.param("on", terminated.terminatedOn())
			.param("id", terminated.contractId())
			.update();
	}

	@ApplicationModuleListener
	void on(ContractAmended amended) {
		jdbc.sql("update delivery.contract_account set amount = :amount where contract_id = :id")
			.param("amount", amended.amount().amount())
			.param("id", amended.contractId())
			.update();
	}

	@Override
	public Optional<DeliverySchedule> schedule(UUID contractId) {
		return jdbc.sql("""
				select c.contract_id, c.number, c.amount, c.status, c.terminated_on,
				  (select count(*) from delivery.milestone m where m.contract_id = c.contract_id) as milestones,
				  (select count(*) from delivery.milestone m where m.contract_id = c.contract_id and m.overdue
				     and m.status <> :accepted) as overdue
				from delivery.contract_account c where c.contract_id = :id""")
			.param("id", contractId)
			.param("accepted", MilestoneStatus.ACCEPTED.name())
			.query((rs, n) -> new DeliverySchedule(rs.getObject("contract_id", UUID.class), rs.getString("number"),
					Money.of(rs.getBigDecimal("amount")),
					ContractStanding.valueOf(rs.getString("status")).inPerformance(),
					rs.getObject("terminated_on", LocalDate.class), rs.getInt("milestones"), rs.getInt("overdue")))
			.optional();
	}

	/**
	 * Opens the account of a signed (or already terminated) contract from the contract
	 * module's API if its event has not been handled yet; a draft has none.
	 * @return whether the contract has an account now
	 */
	@Transactional
	public boolean open(UUID contractId) {
		if (exists(contractId)) {
			return true;
		}
		Optional<ContractSummary> found = contracts.find(contractId);
		if (found.isEmpty() || !(found.get().signed() || found.get().terminated())) {
			return false;
		}
		ContractSummary contract = found.get();
		insert(new Opening(contract.id(), contract.number(), contract.title(), contract.unitId(), contract.unitName(),
				contract.region().value(), contract.providerId(), contract.providerName(), contract.providerSme(),
				contract.total(), contract.startsOn(), contract.endsOn(), contract.paymentDays(), contract.signedOn(),
				contract.terminated() ? ContractStanding.TERMINATED : ContractStanding.SIGNED, null));
		return true;
	}

	/**
	 * Locks the contract's account until the transaction ends (payment requests and
	 * delivery commands on one contract run one after another).
	 * @throws NotFoundException if the contract has no account (unknown or not signed)
	 */
	@Transactional
	public void lock(UUID contractId) {
		if (!open(contractId)) {
			throw new NotFoundException("合同不存在");
		}
		jdbc.sql("select contract_id from delivery.contract_account where contract_id = :id for update")
			.param("id", contractId)
			.query(UUID.class)
			.single();
	}

	private boolean exists(UUID contractId) {
		return jdbc.sql("select count(*) from delivery.contract_account where contract_id = :id")
			.param("id", contractId)
			.query(Long.class)
			.single() > 0;
	}

	private void insert(Opening account) {
		jdbc.sql("""
				insert into delivery.contract_account (contract_id, number, title, unit_id, unit_name, region_code,
				  provider_id, provider_name, provider_sme, amount, starts_on, ends_on, payment_days, signed_on, status,
				  terminated_on)
				values (:id, :number, :title, :unit, :unitName, :region, :provider, :providerName, :sme, :amount,
				  :startsOn, :endsOn, :paymentDays, :signedOn, :status, :terminatedOn)
				on conflict (contract_id) do nothing""")
			.param("id", account.contractId())
			.param("number", account.number())
			.param("title", account.title())
			.param("unit", account.unitId())
			.param("unitName", account.unitName())
			.param("region", account.regionCode())
			.param("provider", account.providerId())
			.param("providerName", account.providerName())
			.param("sme", account.providerSme())
			.param("amount", account.amount().amount())
			.param("startsOn", account.startsOn())
			.param("endsOn", account.endsOn())
			.param("paymentDays", account.paymentDays())
			.param("signedOn", account.signedOn())
			.param("status", account.status().name())
			.param("terminatedOn", account.terminatedOn())
			.update();
	}

	private record Opening(UUID contractId, String number, String title, UUID unitId, String unitName,
			String regionCode, UUID providerId, String providerName, boolean providerSme, Money amount,
			LocalDate startsOn, LocalDate endsOn, int paymentDays, LocalDate signedOn, ContractStanding status,
			LocalDate terminatedOn) {
	}

}
