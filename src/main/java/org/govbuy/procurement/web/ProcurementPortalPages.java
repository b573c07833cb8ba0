package org.govbuy.procurement.web;

import java.util.UUID;

import org.govbuy.platform.NotFoundException;
import org.govbuy.procurement.application.ProjectAccess;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The procurement notices on the public portal. */
@Controller
class ProcurementPortalPages {

	private final ProjectAccess access;

	ProcurementPortalPages(ProjectAccess access) {
		this.access = access;
	}

	@GetMapping("/portal/procurements")
	@PreAuthorize("permitAll()")
	String notices(Model model) {
		model.addAttribute("notices", access.notices(null));
		return "portal/procurement-notices";
	}

	@GetMapping("/portal/procurements/notices/{id}")
	@PreAuthorize("permitAll()")
	String notice(@PathVariable UUID id, Model model) {
		model.addAttribute("notice", access.notice(id).orElseThrow(() -> new NotFoundException("公告不存在")));
		return "portal/procurement-notice";
	}

}
