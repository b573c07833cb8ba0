package org.govbuy.platform.audit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govbuy.platform.audit.AuditCheckpoints.StoredCheckpoint;
import org.govbuy.platform.audit.AuditLog.Problem;
import org.govbuy.platform.audit.AuditLog.Verification;

/**
 * One walk over the audit chain in sequence order, against the signed checkpoints. It
 * names the first record that does not hold:
 * <ul>
 * <li>a missing sequence number, or a previous-hash that is not the previous record's
 * hash;</li>
 * <li>a link that is not the record's HMAC-SM3 under the master key (version 2) — a
 * rewritten record, even when the attacker recomputed a plain SM3 chain or a keyed one
 * with another key;</li>
 * <li>a plain-SM3 record (version 1) after a keyed one, or one that no checkpoint covers
 * (only a checkpoint outside the database vouches for an unkeyed record);</li>
 * <li>a record whose link is not the one a checkpoint names, or a table that ends before
 * a checkpoint's record: records deleted or rewritten after the checkpoint.</li>
 * </ul>
 * Checkpoints whose signature does not verify are not trusted and are reported last.
 */
final class ChainWalk {

	private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final byte[] key;

	private final Map<Long, List<AuditCheckpoint>> checkpointsBySeq = new HashMap<>();

	private final List<StoredCheckpoint> invalid = new ArrayList<>();

	private final AuditCheckpoint latest;

	private final long anchoredUpTo;

	private long expectedSeq = 1;

	private String previousHash = AuditHash.GENESIS;

	private int previousVersion = AuditHash.LEGACY;

	private int compared;

	private Verification broken;

	ChainWalk(byte[] key, List<StoredCheckpoint> checkpoints) {
		this.key = key;
		AuditCheckpoint newest = null;
		for (StoredCheckpoint stored : checkpoints) {
			if (!stored.signatureValid()) {
				invalid.add(stored);
				continue;
			}
			AuditCheckpoint checkpoint = stored.checkpoint();
			checkpointsBySeq.computeIfAbsent(checkpoint.seq(), seq -> new ArrayList<>()).add(checkpoint);
			if (newest == null || checkpoint.seq() >= newest.seq()) {
				newest = checkpoint;
			}
		}
		this.latest = newest;
		this.anchoredUpTo = newest == null ? 0 : newest.seq();
	}

	/**
	 * Takes the next record in sequence order, with the link version it was written with.
	 */
	void accept(AuditRecord record, int version) {
		if (broken != null) {
			return;
		}
		long seq = record.seq();
		if (seq != expectedSeq) {
			fail(expectedSeq, Problem.RECORD_MISSING, "第 " + expectedSeq + " 条记录缺失（序号跳至 " + seq + "）");
			return;
		}
		if (!previousHash.equals(record.previousHash())) {
			fail(seq, Problem.LINK_BROKEN, "第 " + seq + " 条记录的前序哈希与上一条记录不符");
			return;
		}
		if (version < previousVersion) {
			fail(seq, Problem.RECORD_ALTERED, "第 " + seq + " 条记录使用旧版（无密钥的 SM3）哈希，却排在 HMAC-SM3 记录之后（记录已被篡改）");
			return;
		}
		if (version == AuditHash.LEGACY && seq > anchoredUpTo) {
			fail(seq, Problem.LEGACY_NOT_ANCHORED, "第 " + seq + " 条记录使用旧版（无密钥的 SM3）哈希，且没有检查点覆盖，无法证明未被改写（请生成检查点）");
			return;
		}
		String link;
		try {
			link = AuditHash.link(version, record, key);
		}
		catch (IllegalArgumentException ex) {
			link = null;
		}
		if (link == null || !link.equals(record.hash())) {
			fail(seq, Problem.RECORD_ALTERED, "第 " + seq + " 条记录的内容与其哈希不符（记录已被篡改）");
			return;
		}
		for (AuditCheckpoint checkpoint : checkpointsBySeq.getOrDefault(seq, List.of())) {
			compared++;
			if (!checkpoint.hash().equals(record.hash())) {
				fail(seq, Problem.CHECKPOINT_MISMATCH, "审计记录在检查点之后被删除或改写：检查点（北京时间 " + beijing(checkpoint) + "）记载第 "
						+ seq + " 条记录的哈希为 " + checkpoint.hash() + "，数据库中该记录的哈希为 " + record.hash());
				return;
			}
		}
		expectedSeq++;
		previousHash = record.hash();
		previousVersion = version;
	}

	/** The outcome once every record has been taken. */
	Verification finish() {
		if (broken != null) {
			return broken;
		}
		long last = expectedSeq - 1;
		Optional<AuditCheckpoint> beyond = checkpointsBySeq.values()
			.stream()
			.flatMap(List::stream)
			.filter(checkpoint -> checkpoint.seq() > last)
			.max(Comparator.comparingLong(AuditCheckpoint::seq));
		if (beyond.isPresent()) {
			AuditCheckpoint checkpoint = beyond.get();
			fail(last + 1, Problem.CHECKPOINT_MISMATCH, "审计记录在检查点之后被删除或改写：检查点（北京时间 " + beijing(checkpoint) + "）记至第 "
					+ checkpoint.seq() + " 条记录（哈希 " + checkpoint.hash() + "），数据库中只有 " + last + " 条");
			return broken;
		}
		if (!invalid.isEmpty()) {
			StoredCheckpoint first = invalid.get(0);
			return verification(false, last, null, Problem.CHECKPOINT_INVALID,
					"检查点文件第 " + first.line() + " 行的签名无效或内容无法识别（共 " + invalid.size() + " 处），检查点文件已被改动");
		}
		return verification(true, last, null, null, latest == null ? "审计链完整（尚无检查点）" : "审计链完整");
	}

	private void fail(long seq, Problem problem, String reason) {
		broken = verification(false, expectedSeq - 1, seq, problem, reason);
	}

	private Verification verification(boolean valid, long checked, Long firstBrokenSeq, Problem problem,
			String reason) {
		return new Verification(valid, checked, firstBrokenSeq, reason, problem, compared,
				latest == null ? null : latest.seq(), latest == null ? null : latest.beijingTime());
	}

	private static String beijing(AuditCheckpoint checkpoint) {
		return BEIJING.format(checkpoint.beijingTime());
	}

}
