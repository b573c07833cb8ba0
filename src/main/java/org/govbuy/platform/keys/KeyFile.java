package org.govbuy.platform.keys;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The key store: a small text file outside the database ({@code name@version=Base64}),
 * readable by its owner only (file 0600, directory 0700). Every change is made under a
 * file lock and written to a temporary file that replaces the store atomically, so nodes
 * sharing one file never see half a store. Versions of one name: the highest is current;
 * older ones stay readable until a rotation retires them.
 */
final class KeyFile {

	static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

	static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");

	private static final Map<Path, Object> MONITORS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path path;

	KeyFile(Path path) {
		this.path = path.toAbsolutePath();
	}

	Path path() {
		return path;
	}

	/**
	 * A store copied with looser permissions (say 0644 by {@code cp}) is made owner-only
	 * again; returns whether it had to be.
	 */
	boolean tighten() {
		try {
			if (!Files.exists(path) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
					|| Files.getPosixFilePermissions(path).equals(FILE_PERMISSIONS)) {
				return false;
			}
			restrict(path, FILE_PERMISSIONS);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读写密钥库 " + path, ex);
		}
	}

	/** Every version of every key, as stored now. */
	Map<String, NavigableMap<Integer, byte[]>> read() {
		return locked(keys -> keys, false);
	}

	/** The key's versions, generating version 1 (32 random bytes) when it has none. */
	NavigableMap<Integer, byte[]> versionsOrNew(String name) {
		return locked(keys -> {
			if (!keys.containsKey(name)) {
				keys.put(name, new TreeMap<>(Map.of(1, random32())));
			}
			return keys.get(name);
		}, true);
	}

	/** Adds a version above the highest and returns its number. */
	int addVersion(String name, byte[] value) {
		return locked(keys -> {
			NavigableMap<Integer, byte[]> versions = keys.computeIfAbsent(name, n -> new TreeMap<>());
			int next = versions.isEmpty() ? 1 : versions.lastKey() + 1;
			versions.put(next, value.clone());
			return next;
		}, true);
	}

	/** Forgets every version of the key below {@code version}. */
	void retireBelow(String name, int version) {
		locked(keys -> {
			NavigableMap<Integer, byte[]> versions = keys.get(name);
			if (versions != null) {
				versions.headMap(version, false).clear();
			}
			return null;
		}, true);
	}

	static byte[] random32() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private <T> T locked(Function<Map<String, NavigableMap<Integer, byte[]>>, T> action, boolean write) {
		// A file lock keeps other processes out; within one JVM (several application
		// contexts) the monitor does.
		synchronized (MONITORS.computeIfAbsent(path, p -> new Object())) {
			return lockedFile(action, write);
		}
	}

	private <T> T lockedFile(Function<Map<String, NavigableMap<Integer, byte[]>>, T> action, boolean write) {
		try {
			createDirectory(path.getParent());
			Path lockFile = path.resolveSibling(path.getFileName() + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				restrict(lockFile, FILE_PERMISSIONS);
				Map<String, NavigableMap<Integer, byte[]>> keys = load();
				T result = action.apply(keys);
				if (write) {
					store(keys);
				}
				return result;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读写密钥库 " + path, ex);
		}
	}

	private Map<String, NavigableMap<Integer, byte[]>> load() throws IOException {
		Map<String, NavigableMap<Integer, byte[]>> keys = new TreeMap<>();
		if (!Files.exists(path)) {
			return keys;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		for (String entry : properties.stringPropertyNames()) {
			int at = entry.lastIndexOf('@');
			if (at <= 0) {
				throw new IllegalStateException("密钥库 " + path + " 中的条目 " + entry + " 格式不对（应为 名称@版本=Base64）");
			}
			keys.computeIfAbsent(entry.substring(0, at), n -> new TreeMap<>())
				.put(Integer.parseInt(entry.substring(at + 1)),
						Base64.getDecoder().decode(properties.getProperty(entry).trim()));
		}
		return keys;
	}

	private void store(Map<String, NavigableMap<Integer, byte[]>> keys) throws IOException {
		StringWriter text = new StringWriter();
		text.write("# GovBuy key store: name@version=Base64 (32 bytes). Keep it outside the database, owner-only.\n");
		keys.forEach((name, versions) -> versions.forEach((version, value) -> text
			.write(name + "@" + version + "=" + Base64.getEncoder().encodeToString(value) + "\n")));
		Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
		Files.deleteIfExists(temporary);
		Files.createFile(temporary);
		restrict(temporary, FILE_PERMISSIONS);
		Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.WRITE,
				StandardOpenOption.SYNC);
		try {
			Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
		}
		restrict(path, FILE_PERMISSIONS);
	}

	private static void createDirectory(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			Files.createDirectories(directory);
			restrict(directory, DIRECTORY_PERMISSIONS);
		}
	}

	private static void restrict(Path file, Set<PosixFilePermission> permissions) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, permissions);
		}
	}

}
