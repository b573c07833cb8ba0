package org.govbuy.catalog.web;

import java.util.List;
import java.util.UUID;

import org.govbuy.catalog.application.CatalogQueries;
import org.govbuy.catalog.application.CatalogQueries.VersionSummary;
import org.govbuy.catalog.application.NegativeListService;
import org.govbuy.catalog.domain.CatalogItem;
import org.govbuy.platform.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first pages of the public disclosure portal (no login): published guiding catalogs,
 * searchable by code and name, and the negative list.
 */
@Controller
class PortalController {

	/** A search hit: an item and the catalog it is in. */
	record Hit(VersionSummary version, CatalogItem item) {
	}

	private final CatalogQueries queries;

	private final NegativeListService negativeList;

	PortalController(CatalogQueries queries, NegativeListService negativeList) {
		this.queries = queries;
		this.negativeList = negativeList;
	}

	@GetMapping("/portal")
	@PreAuthorize("permitAll()")
	String index(Model model) {
		model.addAttribute("versions", queries.publishedVersions());
		model.addAttribute("negativeEntries", negativeList.entries().size());
		return "portal/index";
	}

	@GetMapping("/portal/catalogs")
	@PreAuthorize("permitAll()")
	String catalogs(@RequestParam(required = false) String q, Model model) {
		List<VersionSummary> versions = queries.publishedVersions();
		model.addAttribute("versions", versions);
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			String query = q.strip();
			List<Hit> hits = versions.stream()
				.flatMap(v -> queries.publicItems(v.id())
					.stream()
					.filter(i -> i.code().contains(query) || i.name().contains(query))
					.map(i -> new Hit(v, i)))
				.limit(500)
				.toList();
			model.addAttribute("hits", hits);
		}
		return "portal/catalogs";
	}

	@GetMapping("/portal/catalogs/{versionId}")
	@PreAuthorize("permitAll()")
	String catalog(@PathVariable UUID versionId, @RequestParam(required = false) String q, Model model) {
		VersionSummary summary = queries.publicSummary(versionId).orElseThrow(() -> new NotFoundException("目录不存在或未发布"));
		model.addAttribute("summary", summary);
		model.addAttribute("q", q);
		model.addAttribute("open", q != null && !q.isBlank());
		model.addAttribute("tree",
				CatalogQueries.tree(queries.publicItems(versionId), q == null || q.isBlank() ? null : q.strip()));
		return "portal/catalog";
	}

	@GetMapping("/portal/negative-list")
	@PreAuthorize("permitAll()")
	String negativeList(Model model) {
		model.addAttribute("entries", negativeList.entries().stream().filter(e -> e.active()).toList());
		return "portal/negative-list";
	}

}
