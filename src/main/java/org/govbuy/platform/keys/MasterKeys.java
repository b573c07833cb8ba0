package org.govbuy.platform.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.govbuy.platform.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * {@link Secrets} from the key store file {@code govbuy.keys.store} (environment
 * {@code GOVBUY_KEYS_STORE}, default {@code ./data/keys/govbuy.keys}, never inside the
 * database's data directory). An empty value gives one throw-away store per JVM, which
 * the tests use. A key can also be given per environment variable
 * {@code GOVBUY_KEY_<NAME>} (name upper-cased, other characters as {@code _}, value
 * Base64 of at least 32 bytes): such a key has a single version and is rotated by
 * changing the variable.
 */
@Component
public class MasterKeys implements Secrets {

	private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static Path throwAway;

	private final KeyFile file;

	private final Map<String, NavigableMap<Integer, byte[]>> cache = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	public MasterKeys(@Value("${govbuy.keys.store:./data/keys/govbuy.keys}") String store) {
		this.file = new KeyFile(StringUtils.hasText(store) ? Path.of(store) : throwAwayStore());
		log.info("密钥库：{}", StringUtils.hasText(store) ? file.path() : "(临时)");
		if (file.tighten()) {
			log.warn("密钥库 {} 的权限过宽（其他用户可读），已改为仅所有者可读写（0600）", file.path());
		}
	}

	private static synchronized Path throwAwayStore() {
		if (throwAway == null) {
			try {
				Path directory = Files.createTempDirectory("govbuy-keys");
				throwAway = directory.resolve("keys").resolve("govbuy.keys");
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return throwAway;
	}

	/** Where the keys are kept. */
	public Path store() {
		return file.path();
	}

	@Override
	public byte[] key(String name) {
		return versions(name).lastEntry().getValue().clone();
	}

	/** The number of the current version. */
	public int currentVersion(String name) {
		return versions(name).lastKey();
	}

	@Override
	public byte[] encrypt(String name, byte[] plaintext, String context) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key(name), nonce, context);
			byte[] ciphertext = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("加密失败", ex);
		}
	}

	@Override
	public byte[] decrypt(String name, byte[] ciphertext, String context) {
		byte[] plaintext = tryDecrypt(versions(name), ciphertext, context);
		if (plaintext == null) {
			// Another node may have rotated the key since this one read the store.
			cache.remove(name);
			plaintext = tryDecrypt(versions(name), ciphertext, context);
		}
		if (plaintext == null) {
			throw new IllegalStateException("密钥 " + name + " 的任何现存版本都无法解密该数据（已被篡改或密钥版本已停用）");
		}
		return plaintext;
	}

	/**
	 * Opens a ciphertext of {@link #encrypt} with one given key (no store involved): what
	 * a reader who found the key would try.
	 */
	public static byte[] decryptWith(byte[] key, byte[] ciphertext, String context) throws GeneralSecurityException {
		if (ciphertext.length <= NONCE_BYTES) {
			throw new GeneralSecurityException("too short");
		}
		byte[] nonce = java.util.Arrays.copyOf(ciphertext, NONCE_BYTES);
		Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, context);
		return cipher.doFinal(ciphertext, NONCE_BYTES, ciphertext.length - NONCE_BYTES);
	}

	/** Adds a new current version of the key (a rotation's first step). */
	public int addVersion(String name) {
		requireStored(name);
		int version = file.addVersion(name, KeyFile.random32());
		cache.remove(name);
		return version;
	}

	/**
	 * Imports a value found elsewhere (the previous release's database) as the current
	 * version, unless the store already has exactly that value.
	 */
	public void importValue(String name, byte[] value) {
		NavigableMap<Integer, byte[]> versions = file.read().get(name);
		if (versions != null && versions.values().stream().anyMatch(v -> java.util.Arrays.equals(v, value))) {
			return;
		}
		file.addVersion(name, value);
		cache.remove(name);
	}

	/** Forgets every version below {@code version} (a rotation's last step). */
	public void retireBelow(String name, int version) {
		file.retireBelow(name, version);
		cache.remove(name);
	}

	private void requireStored(String name) {
		if (fromEnvironment(name) != null) {
			throw new IllegalStateException("密钥 " + name + " 由环境变量 " + variable(name) + " 提供：请更换该变量的值来轮换");
		}
	}

	private NavigableMap<Integer, byte[]> versions(String name) {
		return cache.computeIfAbsent(name, n -> {
			byte[] configured = fromEnvironment(n);
			if (configured != null) {
				return new TreeMap<>(Map.of(1, configured));
			}
			return new TreeMap<>(file.versionsOrNew(n));
		});
	}

	private static byte[] fromEnvironment(String name) {
		String value = System.getenv(variable(name));
		if (!StringUtils.hasText(value)) {
			return null;
		}
		byte[] bytes = Base64.getDecoder().decode(value.trim());
		if (bytes.length < 32) {
			throw new IllegalStateException("环境变量 " + variable(name) + " 至少需要 32 字节（Base64 编码）");
		}
		return bytes;
	}

	static String variable(String name) {
		return "GOVBUY_KEY_" + name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
	}

	private static byte[] tryDecrypt(NavigableMap<Integer, byte[]> versions, byte[] ciphertext, String context) {
		for (byte[] key : versions.descendingMap().values()) {
			try {
				return decryptWith(key, ciphertext, context);
			}
			catch (GeneralSecurityException ex) {
				// not this version
			}
		}
		return null;
	}

	private static Cipher cipher(int mode, byte[] key, byte[] nonce, String context) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, new SecretKeySpec(key, 0, 32, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
		if (context != null && !context.isEmpty()) {
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		}
		return cipher;
	}

}
