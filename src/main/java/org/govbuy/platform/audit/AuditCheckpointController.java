package org.govbuy.platform.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.audit.AuditCheckpoints.StoredCheckpoint;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed checkpoints of the audit chain: published to everyone (portal page and
 * public API) so that anyone can keep a copy and compare, and written on demand by an
 * administrator.
 */
class AuditCheckpointController {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	/** A published checkpoint. */
	record PublishedCheckpoint(long seq, String hash, String time, OffsetDateTime beijingTime, String signature,
			String signedText) {

		static PublishedCheckpoint of(AuditCheckpoint checkpoint) {
			return new PublishedCheckpoint(checkpoint.seq(), checkpoint.hash(), checkpoint.time(),
					checkpoint.beijingTime(), checkpoint.signature(), checkpoint.signedText());
		}

	}

	/** The published checkpoints, newest first, with what is needed to check them. */
	record Publication(String algorithm, String userId, String publicKeyPem, String publicKeyHex,
			String signedTextFormat, long total, List<PublishedCheckpoint> checkpoints) {
	}

	static Publication publication(AuditCheckpoints checkpoints, int limit) {
		List<AuditCheckpoint> valid = checkpoints.all()
			.stream()
			.filter(StoredCheckpoint::signatureValid)
			.map(StoredCheckpoint::checkpoint)
			.toList();
		int size = Math.min(Math.max(limit, 1), MAX_LIMIT);
		List<PublishedCheckpoint> newest = new ArrayList<>(size);
		for (int i = valid.size() - 1; i >= 0 && newest.size() < size; i--) {
			newest.add(PublishedCheckpoint.of(valid.get(i)));
		}
		return new Publication(CheckpointSigner.ALGORITHM, CheckpointSigner.USER_ID, checkpoints.publicKeyPem(),
				checkpoints.publicKeyHex(), AuditCheckpoint.PREFIX + "|序号|哈希|时间(UTC)", valid.size(), newest);
	}

	@RestController
	@Tag(name = "审计日志", description = "只追加、哈希链接的操作记录")
	static class Api {

		private final AuditCheckpoints checkpoints;

		Api(AuditCheckpoints checkpoints) {
			this.checkpoints = checkpoints;
		}

		@GetMapping("/api/v1/public/audit/checkpoints")
		@PreAuthorize("permitAll()")
		@Operation(summary = "公开的审计检查点（新的在前）及验签公钥（SM2）")
		Publication checkpoints(@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
			return publication(checkpoints, limit);
		}

	}

	@Controller
	static class Pages {

		private final AuditCheckpoints checkpoints;

		private final AuditTrail audit;

		Pages(AuditCheckpoints checkpoints, AuditTrail audit) {
			this.checkpoints = checkpoints;
			this.audit = audit;
		}

		@GetMapping("/portal/audit-checkpoints")
		@PreAuthorize("permitAll()")
		String published(Model model) {
			model.addAttribute("publication", publication(checkpoints, DEFAULT_LIMIT));
			return "portal/audit-checkpoints";
		}

		@PostMapping("/platform/audit/checkpoints")
		@PreAuthorize("hasRole('ADMIN')")
		String writeNow(Model model) {
			Optional<AuditCheckpoint> written = checkpoints.writeNow();
			written.ifPresent(checkpoint -> audit.record("audit.checkpoint", "AuditCheckpoint", checkpoint.seq(), null,
					Map.of("seq", checkpoint.seq(), "hash", checkpoint.hash(), "time", checkpoint.time())));
			model.addAttribute("checkpointWritten", written.isPresent());
			model.addAttribute("checkpoint", written.or(checkpoints::latest).orElse(null));
			return "platform/audit :: checkpoint";
		}

	}

}
