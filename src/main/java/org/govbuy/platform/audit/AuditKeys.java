package org.govbuy.platform.audit;

import org.govbuy.platform.Secrets;

import org.springframework.stereotype.Component;

/**
 * The audit chain's key material, taken from {@link Secrets} once at start-up (never
 * inside a command's transaction, whose rollback could take a freshly generated key with
 * it): the HMAC-SM3 key of the chain's links and the SM2 key that signs checkpoints.
 */
@Component
class AuditKeys {

	static final String MAC_KEY = "audit-mac";

	static final String SIGNING_KEY = "audit-checkpoint-signing";

	private final byte[] mac;

	private final CheckpointSigner signer;

	AuditKeys(Secrets secrets) {
		this.mac = secrets.key(MAC_KEY).clone();
		this.signer = new CheckpointSigner(secrets.key(SIGNING_KEY));
	}

	byte[] mac() {
		return mac;
	}

	CheckpointSigner signer() {
		return signer;
	}

}
