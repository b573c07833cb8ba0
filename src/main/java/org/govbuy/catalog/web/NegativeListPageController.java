package org.govbuy.catalog.web;

import java.util.Arrays;
import java.util.List;

import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PurchaseDescription;
import java.io.IOException;

import org.govbuy.catalog.application.CatalogExcel;
import org.govbuy.catalog.application.NegativeListExcel;
import org.govbuy.catalog.application.NegativeListService;
import org.govbuy.catalog.domain.NegativeListEntry;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The negative list page: entries with citations, a check form, and the clearance of
 * keyword warnings.
 */
@Controller
@RequestMapping("/catalog/negative-list")
class NegativeListPageController {

	private final NegativeListService negativeList;

	NegativeListPageController(NegativeListService negativeList) {
		this.negativeList = negativeList;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String page(Model model) {
		model.addAttribute("entries", negativeList.entries());
		model.addAttribute("clearances", negativeList.recentClearances(20));
		CurrentUser user = CurrentUser.require();
		boolean finance = user.hasAnyRole(Role.ADMIN, Role.FINANCE_REVIEWER, Role.FINANCE_CLERK);
		model.addAttribute("finance", finance);
		model.addAttribute("reviewer", user.hasAnyRole(Role.ADMIN, Role.FINANCE_REVIEWER));
		if (finance) {
			model.addAttribute("held", negativeList.held(50));
			model.addAttribute("decided", negativeList.decided(20));
		}
		return "catalog/negative-list";
	}

	@PostMapping("/wordings")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	String wordings(@RequestParam String code, @RequestParam(required = false) String keywords,
			@RequestParam(required = false) String synonyms, @RequestParam(required = false) String examples,
			RedirectAttributes redirect) {
		return CatalogPageController.attempt(redirect, "redirect:/catalog/negative-list", () -> {
			negativeList.updateWordings(CurrentUser.require(), code,
					keywords == null ? List.of() : Arrays.asList(keywords.split("[,，、;；\\s]+")),
					NegativeListEntry.groups(synonyms), NegativeListEntry.lines(examples));
			redirect.addFlashAttribute("flash", "“" + code + "”的表述已保存");
			return "redirect:/catalog/negative-list";
		});
	}

	@GetMapping("/wordings.xlsx")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	ResponseEntity<byte[]> exportWordings() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CatalogExcel.CONTENT_TYPE))
			.header("Content-Disposition", "attachment; filename=negative-list-wordings.xlsx")
			.body(NegativeListExcel.export(negativeList.entries()));
	}

	@PostMapping("/wordings/import")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	String importWordings(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		byte[] content = file.getBytes();
		return CatalogPageController.attempt(redirect, "redirect:/catalog/negative-list", () -> {
			NegativeListService.ImportResult result = negativeList.importWordings(CurrentUser.require(), content);
			if (result.errors().isEmpty()) {
				redirect.addFlashAttribute("flash", "已导入 " + result.applied() + " 个条目的表述");
			}
			else {
				redirect.addFlashAttribute("importErrors", result.errors());
			}
			return "redirect:/catalog/negative-list";
		});
	}

	@PostMapping("/reviews")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_REVIEWER')")
	String review(@RequestParam String wording, @RequestParam String decision, @RequestParam String rule,
			@RequestParam String reason, RedirectAttributes redirect) {
		return CatalogPageController.attempt(redirect, "redirect:/catalog/negative-list", () -> {
			if (!decision.equals("ALLOW") && !decision.equals("EXCLUDE")) {
				throw new InvalidInputException("decision", "请选择排除或允许");
			}
			negativeList.decide(wording, decision.equals("ALLOW"), rule, reason, CurrentUser.require());
			redirect.addFlashAttribute("flash", decision.equals("ALLOW") ? "已允许该表述，相同表述今后不再待复核" : "已排除该表述，相同表述今后将被拒绝");
			return "redirect:/catalog/negative-list";
		});
	}

	@PostMapping("/check")
	@PreAuthorize("isAuthenticated()")
	String check(@RequestParam String name, @RequestParam(required = false) String description,
			@RequestParam(required = false) List<String> declared, Model model) {
		List<String> flags = declared == null ? List.of() : declared;
		PurchaseDescription purchase = new PurchaseDescription(name, description, flags.contains("goods"),
				flags.contains("works"), flags.contains("infrastructure"), flags.contains("worksServiceBundle"),
				flags.contains("financing"), flags.contains("staffHiring"), flags.contains("directGovernmentDuty"),
				flags.contains("notGovernmentDuty"), flags.contains("excludedByLaw"),
				flags.contains("privatePremisesRepair"), flags.contains("classifiedPrinting"));
		NegativeListDecision decision = negativeList.check(purchase);
		model.addAttribute("decision", decision);
		model.addAttribute("checked", purchase);
		model.addAttribute("declared", flags);
		return page(model);
	}

	@PostMapping("/clearances")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER','PURCHASER_HEAD')")
	String clear(@RequestParam String subject, @RequestParam String keywords, @RequestParam String comment,
			RedirectAttributes redirect) {
		return CatalogPageController.attempt(redirect, "redirect:/catalog/negative-list", () -> {
			negativeList.clearWarnings(subject,
					Arrays.stream(keywords.split("[,，、]")).map(String::strip).filter(k -> !k.isEmpty()).toList(),
					comment, CurrentUser.require());
			redirect.addFlashAttribute("flash", "复核意见已保存");
			return "redirect:/catalog/negative-list";
		});
	}

}
