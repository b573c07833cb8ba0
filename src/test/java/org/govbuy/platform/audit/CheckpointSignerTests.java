package org.govbuy.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CheckpointSignerTests {

	byte[] material = new byte[32];

	{
		Arrays.fill(material, (byte) 7);
	}

	CheckpointSigner signer = new CheckpointSigner(material);

	String text = AuditCheckpoint.signedText(42, "ab".repeat(32), "2026-12-07T12:00:00Z");

	@Test
	void signatureVerifiesWithThePublishedPublicKeyAlone() {
		String signature = signer.sign(text);
		assertThat(CheckpointSigner.verify(signer.publicKeyPem(), text, signature)).isTrue();
		assertThat(signer.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
		assertThat(signer.publicKeyHex()).matches("04[0-9a-f]{128}");
	}

	@Test
	void oneChangedByteOfTextOrSignatureFailsVerification() {
		String signature = signer.sign(text);
		String otherText = AuditCheckpoint.signedText(42, "ab".repeat(31) + "ac", "2026-12-07T12:00:00Z");
		assertThat(CheckpointSigner.verify(signer.publicKeyPem(), otherText, signature)).isFalse();
		byte[] der = Base64.getDecoder().decode(signature);
		der[der.length - 1] ^= 0x01;
		assertThat(CheckpointSigner.verify(signer.publicKeyPem(), text, Base64.getEncoder().encodeToString(der)))
			.isFalse();
		assertThat(CheckpointSigner.verify(signer.publicKeyPem(), text, "not base64!")).isFalse();
	}

	@Test
	void theSameKeyMaterialGivesTheSameKeyPairAndOtherMaterialAnother() {
		assertThat(new CheckpointSigner(material.clone()).publicKeyPem()).isEqualTo(signer.publicKeyPem());
		byte[] other = material.clone();
		other[0] = 8;
		CheckpointSigner stranger = new CheckpointSigner(other);
		assertThat(stranger.publicKeyHex()).isNotEqualTo(signer.publicKeyHex());
		assertThat(CheckpointSigner.verify(signer.publicKeyPem(), text, stranger.sign(text))).isFalse();
	}

}
