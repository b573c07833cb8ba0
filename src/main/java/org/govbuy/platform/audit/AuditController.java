package org.govbuy.platform.audit;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.platform.audit.AuditLog.Filter;
import org.govbuy.platform.audit.AuditLog.Page;
import org.govbuy.platform.audit.AuditLog.Verification;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators and auditors: a filtered viewer, and chain
 * verification.
 */
class AuditController {

	static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR')";

	static final int MAX_PAGE_SIZE = 200;

	@RestController
	@Tag(name = "审计日志", description = "只追加、哈希链接的操作记录")
	static class Api {

		private final AuditLog log;

		Api(AuditLog log) {
			this.log = log;
		}

		@GetMapping("/api/v1/audit")
		@PreAuthorize(READERS)
		@Operation(summary = "按操作人、动作、对象、日期查询审计记录（新记录在前）")
		Page search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
				@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
				@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
			return log.search(new Filter(actor, action, entityType, entityId, from, to), Math.max(page, 0),
					Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
		}

		@GetMapping("/api/v1/audit/verify")
		@PreAuthorize(READERS)
		@Operation(summary = "校验审计哈希链，返回第一处断裂的记录序号")
		Verification verify() {
			return log.verify();
		}

	}

	@Controller
	static class Pages {

		private final AuditLog log;

		Pages(AuditLog log) {
			this.log = log;
		}

		@GetMapping("/platform/audit")
		@PreAuthorize(READERS)
		String viewer(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
				@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
				@RequestParam(defaultValue = "0") int page, Model model) {
			Filter filter = new Filter(actor, action, entityType, entityId, from, to);
			model.addAttribute("filter", filter);
			model.addAttribute("result", log.search(filter, Math.max(page, 0), 50));
			return "platform/audit";
		}

		@PostMapping("/platform/audit/verify")
		@PreAuthorize(READERS)
		String verify(Model model) {
			model.addAttribute("verification", log.verify());
			return "platform/audit :: verification";
		}

	}

}
