package org.govbuy.platform.rules;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.shared.Rule;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rules registry (规则库) as a page and as JSON. */
class RulesController {

	/** A rule as the API lists it. */
	record RuleView(String id, String citation, String title, String message, String confidence, String mark,
			String module, boolean blocking) {

		static RuleView of(Rule rule) {
			return new RuleView(rule.id(), rule.citation(), rule.title(), rule.message(), rule.confidence().label(),
					rule.confidence().mark(), rule.module(), rule.blocking());
		}

	}

	@RestController
	@Tag(name = "规则库", description = "平台执行的全部规则及其依据")
	static class Api {

		private final RuleRegistry registry;

		Api(RuleRegistry registry) {
			this.registry = registry;
		}

		@GetMapping("/api/v1/rules")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "列出平台执行的全部规则（编号、依据、提示语、可信度）")
		List<RuleView> rules(@RequestParam(required = false) String module) {
			return registry.all()
				.stream()
				.filter(rule -> module == null || module.equals(rule.module()))
				.map(RuleView::of)
				.toList();
		}

	}

	@Controller
	static class Page {

		private final RuleRegistry registry;

		Page(RuleRegistry registry) {
			this.registry = registry;
		}

		@GetMapping("/rules")
		@PreAuthorize("isAuthenticated()")
		String rules(@RequestParam(required = false) String q, Model model) {
			String query = q == null ? "" : q.trim();
			model.addAttribute("q", query);
			model.addAttribute("rules",
					registry.all()
						.stream()
						.filter(rule -> query.isEmpty() || rule.id().contains(query) || rule.title().contains(query)
								|| rule.citation().contains(query) || rule.message().contains(query))
						.map(RuleView::of)
						.toList());
			return "rules/list";
		}

	}

}
