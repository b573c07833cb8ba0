package org.govbuy.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.UUID;

import org.govbuy.procurement.application.BidKeys;
import org.govbuy.provider.application.BankAccounts;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rotating a master key ({@code --govbuy.keys.rotate=…}): a new version wraps every data
 * key and re-encrypts every bank account, sealed bids still open at the deadline, and the
 * old version is retired — it no longer unwraps anything.
 */
@IntegrationTest
class KeyRotationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	KeyRotation rotation;

	@Autowired
	MasterKeys keys;

	@Autowired
	BankAccounts bankAccounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aRotatedBidSealingKeyStillOpensSealedBidsAndTheOldVersionUnwrapsNothing() throws Exception {
		SealedBids.Sealed sealed = SealedBids.bid(mvc, clock, "居家养老（轮换测试）", "498765", "轮换测试方案");
		byte[] oldMaster = keys.key(BidKeys.MASTER_KEY);
		int oldVersion = keys.currentVersion(BidKeys.MASTER_KEY);
		byte[] wrappedBefore = wrappedKey(sealed.project());
		assertThat(MasterKeys.decryptWith(oldMaster, wrappedBefore, "govbuy-bid-key:" + sealed.project())).hasSize(32);

		int newVersion = rotation.rotate(BidKeys.MASTER_KEY);

		assertThat(newVersion).isGreaterThan(oldVersion);
		assertThat(keys.key(BidKeys.MASTER_KEY)).isNotEqualTo(oldMaster);
		byte[] wrappedAfter = wrappedKey(sealed.project());
		assertThat(wrappedAfter).isNotEqualTo(wrappedBefore);
		assertThatThrownBy(() -> MasterKeys.decryptWith(oldMaster, wrappedAfter, "govbuy-bid-key:" + sealed.project()))
			.isInstanceOf(GeneralSecurityException.class);
		assertThatThrownBy(() -> keys.decrypt(BidKeys.MASTER_KEY, wrappedBefore, "govbuy-bid-key:" + sealed.project()))
			.as("the retired version is gone from the store")
			.hasMessageContaining("停用");
		assertThat(new java.util.Properties() {
			{
				load(java.nio.file.Files.newBufferedReader(keys.store()));
			}
		}).doesNotContainKey(BidKeys.MASTER_KEY + "@" + oldVersion).containsKey(BidKeys.MASTER_KEY + "@" + newVersion);

		clock.advance(Duration.ofDays(26));
		sealed.buyer()
			.get("/api/v1/procurements/" + sealed.project() + "/bids/contents")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].proposal").value("轮换测试方案"));
	}

	@Test
	void aRotatedBankAccountKeyReencryptsEveryAccount() throws Exception {
		UUID provider = jdbc.sql("select id from provider.provider order by credit_code limit 1")
			.query(UUID.class)
			.single();
		jdbc.sql("update provider.provider set bank_account_sealed = :sealed where id = :id")
			.param("sealed",
					keys.encrypt(BankAccounts.MASTER_KEY, "6222020200112233445".getBytes(StandardCharsets.US_ASCII),
							""))
			.param("id", provider)
			.update();
		byte[] oldMaster = keys.key(BankAccounts.MASTER_KEY);

		rotation.rotate(BankAccounts.MASTER_KEY);

		assertThat(bankAccounts.accountOf(provider)).hasValue("6222020200112233445");
		byte[] sealed = jdbc.sql("select bank_account_sealed from provider.provider where id = :id")
			.param("id", provider)
			.query(byte[].class)
			.single();
		assertThatThrownBy(() -> MasterKeys.decryptWith(oldMaster, sealed, ""))
			.isInstanceOf(GeneralSecurityException.class);
	}

	private byte[] wrappedKey(UUID project) {
		return jdbc.sql("select bid_key from procurement.project where id = :id")
			.param("id", project)
			.query(byte[].class)
			.single();
	}

}
