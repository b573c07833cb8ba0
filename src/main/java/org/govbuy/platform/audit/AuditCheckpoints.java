package org.govbuy.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Signed checkpoints of the audit chain, written outside the database: one JSON line per
 * checkpoint appended to {@code audit-checkpoints.jsonl} in
 * {@code govbuy.audit.checkpoint-dir} (default {@code ./data/audit-checkpoints}; an empty
 * value gives a throw-away directory, which the tests use). A checkpoint is written at
 * start-up (which also anchors records of the unkeyed version 1 chain), every
 * {@code govbuy.audit.checkpoint-interval} (default ten minutes), at shutdown and when an
 * administrator asks — each time only if the chain has grown since the last one.
 * <p>
 * Someone who can rewrite the database cannot rewrite these files' copies held elsewhere,
 * nor sign a new checkpoint without the private key; verification compares every
 * checkpoint with the table, so deleting the newest records is found too.
 */
@Service
public class AuditCheckpoints {

	static final String FILE_NAME = "audit-checkpoints.jsonl";

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final CheckpointSigner signer;

	private final Path file;

	/** Lines whose signature was already checked, so verification stays cheap. */
	private final Map<String, Boolean> checkedLines = new ConcurrentHashMap<>();

	AuditCheckpoints(JdbcClient jdbc, JsonMapper json, Clock clock, AuditKeys keys,
			@Value("${govbuy.audit.checkpoint-dir:./data/audit-checkpoints}") String directory) throws IOException {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.signer = keys.signer();
		Path dir = StringUtils.hasText(directory) ? Path.of(directory).toAbsolutePath()
				: Files.createTempDirectory("govbuy-audit-checkpoints");
		Files.createDirectories(dir);
		this.file = dir.resolve(FILE_NAME);
	}

	/**
	 * A checkpoint as read back from the file, with the outcome of its signature check.
	 */
	public record StoredCheckpoint(int line, AuditCheckpoint checkpoint, boolean signatureValid) {
	}

	/** The file the checkpoints are appended to. */
	public Path file() {
		return file;
	}

	/** The SM2 public key that checks every checkpoint, PEM. */
	public String publicKeyPem() {
		return signer.publicKeyPem();
	}

	/** The same key as an uncompressed point, hexadecimal. */
	public String publicKeyHex() {
		return signer.publicKeyHex();
	}

	/**
	 * Signs and appends a checkpoint of the newest committed record, unless the newest
	 * checkpoint already names it.
	 * @return the new checkpoint, or empty when there was nothing new to cover
	 */
	public synchronized Optional<AuditCheckpoint> writeNow() {
		Optional<AuditCheckpoint> head = jdbc
			.sql("select seq, hash from platform.audit_event order by seq desc limit 1")
			.query((rs, row) -> new AuditCheckpoint(rs.getLong(1), rs.getString(2), null, null))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		long seq = head.get().seq();
		String hash = head.get().hash();
		Optional<AuditCheckpoint> latest = latest();
		if (latest.isPresent() && latest.get().seq() == seq && latest.get().hash().equals(hash)) {
			return Optional.empty();
		}
		String time = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
		AuditCheckpoint checkpoint = new AuditCheckpoint(seq, hash, time,
				signer.sign(AuditCheckpoint.signedText(seq, hash, time)));
		append(checkpoint);
		return Optional.of(checkpoint);
	}

	/** Every checkpoint in the file, oldest first, each with its signature checked. */
	public List<StoredCheckpoint> all() {
		if (!Files.exists(file)) {
			return List.of();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<StoredCheckpoint> checkpoints = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			AuditCheckpoint checkpoint = parse(line);
			boolean valid = checkpoint != null && checkedLines.computeIfAbsent(line,
					text -> signer.verify(checkpoint.signedText(), checkpoint.signature()));
			checkpoints.add(new StoredCheckpoint(i + 1, checkpoint, valid));
		}
		return checkpoints;
	}

	/** The newest checkpoint with a valid signature. */
	public Optional<AuditCheckpoint> latest() {
		List<StoredCheckpoint> all = all();
		for (int i = all.size() - 1; i >= 0; i--) {
			if (all.get(i).signatureValid()) {
				return Optional.of(all.get(i).checkpoint());
			}
		}
		return Optional.empty();
	}

	@Scheduled(fixedDelayString = "${govbuy.audit.checkpoint-interval:PT10M}",
			initialDelayString = "${govbuy.audit.checkpoint-interval:PT10M}")
	void onSchedule() {
		writeQuietly("定时");
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		writeQuietly("启动");
	}

	@EventListener(ContextClosedEvent.class)
	void onShutdown() {
		writeQuietly("关闭");
	}

	private void writeQuietly(String occasion) {
		try {
			writeNow().ifPresent(checkpoint -> log.info("审计检查点（{}）：第 {} 条记录，哈希 {}，写入 {}", occasion, checkpoint.seq(),
					checkpoint.hash(), file));
		}
		catch (RuntimeException ex) {
			log.error("审计检查点（{}）写入失败：{}", occasion, ex.getMessage(), ex);
		}
	}

	private AuditCheckpoint parse(String line) {
		try {
			AuditCheckpoint checkpoint = json.readValue(line, AuditCheckpoint.class);
			return checkpoint.hash() != null && checkpoint.time() != null && checkpoint.signature() != null ? checkpoint
					: null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private void append(AuditCheckpoint checkpoint) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("seq", checkpoint.seq());
		fields.put("hash", checkpoint.hash());
		fields.put("time", checkpoint.time());
		fields.put("signature", checkpoint.signature());
		byte[] line = (json.writeValueAsString(fields) + "\n").getBytes(StandardCharsets.UTF_8);
		// Appended under a file lock, so that nodes sharing the directory do not
		// interleave.
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
			ByteBuffer buffer = ByteBuffer.wrap(line);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("审计检查点无法写入 " + file, ex);
		}
	}

}
