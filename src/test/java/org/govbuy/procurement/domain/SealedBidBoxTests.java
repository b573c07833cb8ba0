package org.govbuy.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Bids stay sealed until the deadline, and a sealed bid cannot be moved or altered. */
class SealedBidBoxTests {

	SealedBidBox box = new SealedBidBox("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

	UUID procurement = UUID.randomUUID();

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
		assertThatThrownBy(() -> box.open(UUID.randomUUID(), bid, sealed, deadline, deadline))
			.hasMessageContaining("篡改");
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> box.open(procurement, bid, sealed, deadline, deadline)).hasMessageContaining("篡改");
	}

}
