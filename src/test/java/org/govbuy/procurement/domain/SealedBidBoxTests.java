package org.govbuy.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Bids stay sealed until the deadline, each procurement has its own data key, and a
 * sealed bid cannot be moved or altered.
 */
class SealedBidBoxTests {

	UUID procurement = UUID.randomUUID();

	SealedBidBox box = new SealedBidBox(procurement, SealedBidBox.newDataKey());

	UUID bid = UUID.randomUUID();

	Instant deadline = Instant.parse("2026-12-01T01:30:00Z");

	byte[] content = "{\"price\":\"886000.00\",\"files\":[\"技术方案.pdf\"]}".getBytes(StandardCharsets.UTF_8);

	@Test
	void storesNoPlaintext() {
		byte[] sealed = box.seal(procurement, bid, content);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("886000");
		assertThat(box.seal(procurement, bid, content)).isNotEqualTo(sealed);
	}

	@Test
	void refusesToOpenABidBeforeTheDeadline() {
		byte[] sealed = box.seal(procurement, bid, content);
		assertThatThrownBy(() -> box.open(procurement, bid, sealed, deadline, deadline.minusSeconds(1)))
			.isInstanceOf(SealedBidBox.StillSealedException.class)
			.hasMessageContaining("不得查看投标内容");
	}

	@Test
	void opensTheBidAtTheDeadline() {
		byte[] sealed = box.seal(procurement, bid, content);
		assertThat(box.open(procurement, bid, sealed, deadline, deadline)).isEqualTo(content);
	}

	@Test
	void refusesABidMovedToAnotherBidOrProcurementOrAltered() {
		byte[] sealed = box.seal(procurement, bid, content);
		assertThatThrownBy(() -> box.open(procurement, UUID.randomUUID(), sealed, deadline, deadline))
			.hasMessageContaining("篡改");
		UUID other = UUID.randomUUID();
		assertThatThrownBy(
				() -> new SealedBidBox(other, SealedBidBox.newDataKey()).open(other, bid, sealed, deadline, deadline))
			.hasMessageContaining("篡改");
		assertThatThrownBy(() -> box.open(other, bid, sealed, deadline, deadline)).hasMessageContaining("另一个采购项目");
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> box.open(procurement, bid, sealed, deadline, deadline)).hasMessageContaining("篡改");
	}

	@Test
	void everyProcurementGetsItsOwnRandomDataKey() {
		assertThat(SealedBidBox.newDataKey()).hasSize(32).isNotEqualTo(SealedBidBox.newDataKey());
		assertThatThrownBy(() -> new SealedBidBox(procurement, new byte[16])).hasMessageContaining("32");
	}

	@Test
	void opensABidSealedByThePreviousReleaseWithItsDerivedKey() {
		// Sealed by the previous release's SealedBidBox (HMAC-SHA256 of the master key
		// and
		// the procurement id): the upgrade wraps that derived key as the procurement's
		// data
		// key.
		UUID legacyProcurement = UUID.fromString("7d1e3c4a-0000-4000-8000-000000000001");
		UUID legacyBid = UUID.fromString("7d1e3c4a-0000-4000-8000-0000000000b1");
		byte[] sealed = HexFormat.of()
			.parseHex(
					"e91ee15b238fe82b768d8603073d08f346e4c3c439c4e11b4e45a8ed50ef40dbe8726a5698806bc370f99ec76f850ac58433");
		byte[] dataKey = SealedBidBox
			.legacyDataKey("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), legacyProcurement);
		assertThat(new String(new SealedBidBox(legacyProcurement, dataKey).open(legacyProcurement, legacyBid, sealed,
				deadline, deadline), StandardCharsets.UTF_8))
			.isEqualTo("886000.00\n技术方案");
	}

}
