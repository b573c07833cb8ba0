package org.govbuy.platform.keys;

import java.util.List;
import java.util.Map;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Rotates a master key: adds a new version, lets every module re-encrypt what it keeps
 * under that key (data keys, bank accounts), and only then retires the old versions — so
 * until the rotation completes every ciphertext stays readable, and a rotation that was
 * interrupted is simply run again.
 */
@Component
public class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final MasterKeys keys;

	private final List<Secrets.Reencryption> reencryptions;

	private final AuditTrail audit;

	KeyRotation(MasterKeys keys, List<Secrets.Reencryption> reencryptions, AuditTrail audit) {
		this.keys = keys;
		this.reencryptions = reencryptions;
		this.audit = audit;
	}

	/** Returns the new current version. */
	public int rotate(String name) {
		int version = keys.addVersion(name);
		int reencrypted = 0;
		for (Secrets.Reencryption reencryption : reencryptions) {
			if (reencryption.keyName().equals(name)) {
				reencrypted += reencryption.reencrypt();
			}
		}
		keys.retireBelow(name, version);
		log.info("密钥 {} 已轮换到第 {} 版，重新加密 {} 项，旧版本已停用", name, version, reencrypted);
		audit.record("platform.key.rotated", "Key", name, null, Map.of("version", version, "reencrypted", reencrypted));
		return version;
	}

}
