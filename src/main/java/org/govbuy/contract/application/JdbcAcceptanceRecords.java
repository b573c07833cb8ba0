package org.govbuy.contract.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads passed acceptances from the delivery tables. */
@Component
class JdbcAcceptanceRecords implements AcceptanceRecords {

	private final JdbcClient jdbc;

	JdbcAcceptanceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<LocalDate> acceptedOn(UUID contractId, UUID milestoneId) {
		return jdbc.sql("""
				select max(accepted_on) from contract.acceptance
				where contract_id = :contract and result = 'PASSED'
				  and (milestone_id = :milestone or (cast(:milestone as uuid) is null and milestone_id is null))""")
			.param("contract", contractId)
			.param("milestone", milestoneId)
			.query(LocalDate.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

}
