package org.govbuy.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key store is a file only its owner can read, outside the database; a key keeps its
 * old versions readable until a rotation retires them.
 */
class KeyFileTests {

	@TempDir
	Path directory;

	@Test
	void theStoreAndItsDirectoryAreOwnerOnly() throws Exception {
		Path store = directory.resolve("data").resolve("keys").resolve("govbuy.keys");
		MasterKeys keys = new MasterKeys(store.toString());

		byte[] key = keys.key("audit-mac");

		assertThat(key).hasSize(32);
		assertThat(Files.getPosixFilePermissions(store)).isEqualTo(KeyFile.FILE_PERMISSIONS);
		assertThat(Files.getPosixFilePermissions(store.getParent())).isEqualTo(KeyFile.DIRECTORY_PERMISSIONS);
		assertThat(new MasterKeys(store.toString()).key("audit-mac")).as("another node sharing the file")
			.isEqualTo(key);
	}

	@Test
	void aStoreCopiedWithLooserPermissionsIsMadeOwnerOnlyAtStart() throws Exception {
		Path store = directory.resolve("govbuy.keys");
		byte[] key = new MasterKeys(store.toString()).key("procurement.bid-box");
		Files.setPosixFilePermissions(store, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

		assertThat(new MasterKeys(store.toString()).key("procurement.bid-box")).isEqualTo(key);
		assertThat(Files.getPosixFilePermissions(store)).isEqualTo(KeyFile.FILE_PERMISSIONS);
	}

	@Test
	void oldVersionsDecryptUntilRetired() {
		MasterKeys keys = new MasterKeys(directory.resolve("govbuy.keys").toString());
		byte[] underVersion1 = keys.encrypt("bank", "6222".getBytes(StandardCharsets.US_ASCII), "ctx");

		int version2 = keys.addVersion("bank");

		assertThat(version2).isEqualTo(2);
		assertThat(keys.decrypt("bank", underVersion1, "ctx")).asString(StandardCharsets.US_ASCII).isEqualTo("6222");
		assertThatThrownBy(() -> keys.decrypt("bank", underVersion1, "other context")).hasMessageContaining("篡改");
		byte[] underVersion2 = keys.encrypt("bank", keys.decrypt("bank", underVersion1, "ctx"), "ctx");
		keys.retireBelow("bank", version2);
		assertThat(keys.decrypt("bank", underVersion2, "ctx")).asString(StandardCharsets.US_ASCII).isEqualTo("6222");
		assertThatThrownBy(() -> keys.decrypt("bank", underVersion1, "ctx")).hasMessageContaining("停用");
	}

	@Test
	void aKeyFromTheEnvironmentNameIsDerivedFromTheKeyName() {
		assertThat(MasterKeys.variable("procurement.bid-box")).isEqualTo("GOVBUY_KEY_PROCUREMENT_BID_BOX");
	}

}
