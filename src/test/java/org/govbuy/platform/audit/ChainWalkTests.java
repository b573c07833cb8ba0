package org.govbuy.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.platform.audit.AuditCheckpoints.StoredCheckpoint;
import org.govbuy.platform.audit.AuditLog.Problem;
import org.govbuy.platform.audit.AuditLog.Verification;
import org.junit.jupiter.api.Test;

/** The rules of chain verification, on chains built in memory. */
class ChainWalkTests {

	static final byte[] KEY = "the-audit-master-key-of-32-bytes".getBytes();

	CheckpointSigner signer = new CheckpointSigner(new byte[32]);

	record Row(AuditRecord record, int version) {
	}

	@Test
	void anUntouchedKeyedChainVerifies() {
		List<Row> chain = chain(5, 0);
		Verification verification = walk(chain, List.of(checkpoint(chain.get(2))));
		assertThat(verification.valid()).isTrue();
		assertThat(verification.checked()).isEqualTo(5);
		assertThat(verification.checkpointsCompared()).isEqualTo(1);
		assertThat(verification.latestCheckpointSeq()).isEqualTo(3);
	}

	@Test
	void aRewrittenRowWithARecomputedPlainChainIsNamed() {
		List<Row> chain = chain(5, 0);
		List<Row> forged = rewrite(chain, 3, AuditHash.LEGACY, null);
		Verification verification = walk(forged, List.of());
		assertThat(verification.valid()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(3);
		assertThat(verification.problem()).isEqualTo(Problem.RECORD_ALTERED);
	}

	@Test
	void aRewrittenRowWithAChainKeyedByAnotherKeyIsNamed() {
		List<Row> forged = rewrite(chain(5, 0), 2, AuditHash.KEYED, "another-key-that-is-not-the-real".getBytes());
		Verification verification = walk(forged, List.of());
		assertThat(verification.firstBrokenSeq()).isEqualTo(2);
		assertThat(verification.problem()).isEqualTo(Problem.RECORD_ALTERED);
		assertThat(verification.reason()).contains("第 2 条").contains("篡改");
	}

	@Test
	void legacyRowsVerifyWhenACheckpointAnchorsThem() {
		List<Row> chain = chain(5, 3);
		assertThat(walk(chain, List.of(checkpoint(chain.get(2)))).valid()).isTrue();
	}

	@Test
	void legacyRowsThatNoCheckpointAnchorsAreReported() {
		List<Row> chain = chain(5, 3);
		Verification verification = walk(chain, List.of(checkpoint(chain.get(0))));
		assertThat(verification.valid()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(2);
		assertThat(verification.problem()).isEqualTo(Problem.LEGACY_NOT_ANCHORED);
	}

	@Test
	void aFullyRecomputedPlainChainDiffersFromTheCheckpoint() {
		List<Row> chain = chain(5, 3);
		AuditCheckpoint anchor = checkpoint(chain.get(2));
		List<Row> forged = rewrite(chain, 2, AuditHash.LEGACY, null);
		Verification verification = walk(forged, List.of(anchor));
		assertThat(verification.valid()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(3);
		assertThat(verification.reason()).startsWith("审计记录在检查点之后被删除或改写");
	}

	@Test
	void aTruncatedTailAfterACheckpointIsReportedWithTheNumbers() {
		List<Row> chain = chain(6, 0);
		AuditCheckpoint checkpoint = checkpoint(chain.get(5));
		Verification verification = walk(chain.subList(0, 4), List.of(checkpoint));
		assertThat(verification.valid()).isFalse();
		assertThat(verification.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
		assertThat(verification.firstBrokenSeq()).isEqualTo(5);
		assertThat(verification.reason()).startsWith("审计记录在检查点之后被删除或改写").contains("第 6 条").contains("只有 4 条");
	}

	@Test
	void aCheckpointWithABadSignatureIsNotTrustedAndIsReported() {
		List<Row> chain = chain(3, 0);
		AuditCheckpoint good = checkpoint(chain.get(1));
		AuditCheckpoint forged = new AuditCheckpoint(9, good.hash(), good.time(), good.signature());
		Verification verification = walkOver(chain, new ChainWalk(KEY, List.of(new StoredCheckpoint(1, good, true),
				new StoredCheckpoint(2, forged, signer.verify(forged.signedText(), forged.signature())))));
		assertThat(verification.valid()).isFalse();
		assertThat(verification.problem()).isEqualTo(Problem.CHECKPOINT_INVALID);
		assertThat(verification.reason()).contains("第 2 行");
	}

	private Verification walk(List<Row> rows, List<AuditCheckpoint> checkpoints) {
		List<StoredCheckpoint> stored = new ArrayList<>();
		for (AuditCheckpoint checkpoint : checkpoints) {
			stored.add(new StoredCheckpoint(stored.size() + 1, checkpoint,
					signer.verify(checkpoint.signedText(), checkpoint.signature())));
		}
		return walkOver(rows, new ChainWalk(KEY, stored));
	}

	private static Verification walkOver(List<Row> rows, ChainWalk walk) {
		rows.forEach(row -> walk.accept(row.record(), row.version()));
		return walk.finish();
	}

	private AuditCheckpoint checkpoint(Row row) {
		String time = "2026-12-07T04:00:00Z";
		return new AuditCheckpoint(row.record().seq(), row.record().hash(), time,
				signer.sign(AuditCheckpoint.signedText(row.record().seq(), row.record().hash(), time)));
	}

	/** A chain of {@code size} records whose first {@code legacy} are plain SM3. */
	static List<Row> chain(int size, int legacy) {
		List<Row> rows = new ArrayList<>();
		String previous = AuditHash.GENESIS;
		for (int seq = 1; seq <= size; seq++) {
			int version = seq <= legacy ? AuditHash.LEGACY : AuditHash.KEYED;
			AuditRecord record = row(seq, "{\"n\":" + seq + "}", previous, version, KEY);
			rows.add(new Row(record, version));
			previous = record.hash();
		}
		return rows;
	}

	/**
	 * What an attacker without the master key does: changes record {@code from} and
	 * recomputes every link from there on with the given version and key.
	 */
	static List<Row> rewrite(List<Row> chain, int from, int version, byte[] key) {
		List<Row> rows = new ArrayList<>(chain.subList(0, from - 1));
		String previous = from == 1 ? AuditHash.GENESIS : chain.get(from - 2).record().hash();
		for (int seq = from; seq <= chain.size(); seq++) {
			String after = seq == from ? "{\"n\":0}" : chain.get(seq - 1).record().after();
			AuditRecord record = row(seq, after, previous, version, key);
			rows.add(new Row(record, version));
			previous = record.hash();
		}
		return rows;
	}

	static AuditRecord row(long seq, String after, String previous, int version, byte[] key) {
		AuditRecord unsigned = new AuditRecord(seq, Instant.parse("2026-12-07T03:00:00Z").plusSeconds(seq), "admin",
				null, "test.row", "Test", String.valueOf(seq), null, after, null, previous, null);
		String hash = version == AuditHash.LEGACY ? AuditHash.of(unsigned) : AuditHash.keyed(unsigned, key);
		return new AuditRecord(seq, unsigned.occurredAt(), "admin", null, "test.row", "Test", String.valueOf(seq), null,
				after, null, previous, hash);
	}

}
