package org.govbuy.provider.application;

import java.util.Optional;
import java.util.UUID;

import org.govbuy.provider.ProviderDirectory;
import org.govbuy.provider.ProviderType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Provider identities straight from {@code provider.provider}. */
@Service
class JdbcProviderDirectory implements ProviderDirectory {

	private final JdbcClient jdbc;

	private final BankAccounts accounts;

	JdbcProviderDirectory(JdbcClient jdbc, BankAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public Optional<ContractParty> contractParty(UUID providerId) {
		return jdbc.sql("""
				select name, credit_code, legal_representative, contact_name, contact_phone, bank_name
				from provider.provider where id = :id""")
			.param("id", providerId)
			.query((rs, n) -> new ContractParty(rs.getString("name"), rs.getString("credit_code"),
					rs.getString("legal_representative"), rs.getString("contact_name"), rs.getString("contact_phone"),
					rs.getString("bank_name"), null))
			.optional()
			.map(party -> new ContractParty(party.name(), party.creditCode(), party.legalRepresentative(),
					party.contactName(), party.contactPhone(), party.bankName(),
					accounts.accountOf(providerId).orElse(null)));
	}

	@Override
	public Optional<ProviderIdentity> find(UUID providerId) {
		return query("id", providerId);
	}

	@Override
	public Optional<ProviderIdentity> ofOrganization(UUID organizationId) {
		return query("organization_id", organizationId);
	}

	@Override
	public Optional<ProviderIdentity> findByCreditCode(String creditCode) {
		return creditCode == null ? Optional.empty() : query("upper(credit_code)", creditCode.toUpperCase());
	}

	private Optional<ProviderIdentity> query(String column, Object value) {
		return jdbc
			.sql("select id, organization_id, name, credit_code, provider_type from provider.provider where " + column
					+ " = :value")
			.param("value", value)
			.query((rs, n) -> new ProviderIdentity(rs.getObject("id", UUID.class),
					rs.getObject("organization_id", UUID.class), rs.getString("name"), rs.getString("credit_code"),
					ProviderType.valueOf(rs.getString("provider_type"))))
			.optional();
	}

}
