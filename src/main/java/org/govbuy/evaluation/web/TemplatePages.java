package org.govbuy.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.govbuy.catalog.CatalogItems;
import org.govbuy.catalog.PublishedCatalogItem;
import org.govbuy.evaluation.application.TemplateAdministration;
import org.govbuy.evaluation.domain.FirstLevel;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Measure;
import org.govbuy.evaluation.domain.TemplateTree;
import org.govbuy.evaluation.web.TemplateForms.DraftForm;
import org.govbuy.evaluation.web.TemplateForms.FamilyForm;
import org.govbuy.evaluation.web.TemplateForms.LeafForm;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.FormErrors;
import org.govbuy.platform.PageCommands;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RuleViolation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator systems' administration for finance and administrators: the list, a
 * version as a tree with its weights, a new version or a new family, the draft's
 * indicators and publication. A refused draft is shown again with its input and the rules
 * it breaks.
 */
@Controller
class TemplatePages {

	static final String ADMINISTRATORS = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER')";

	/**
	 * The plan line's 绩效目标 categories a target comes from (budget's target categories).
	 */
	static final Map<String, String> TARGET_CATEGORIES = Map.of("OUTPUT", "数量指标", "QUALITY", "质量指标", "TIMELINESS",
			"时效指标", "COST", "成本指标", "BENEFIT", "效益指标", "SATISFACTION", "满意度指标");

	private final TemplateAdministration administration;

	private final CatalogItems catalog;

	private final Clock clock;

	TemplatePages(TemplateAdministration administration, CatalogItems catalog, Clock clock) {
		this.administration = administration;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/evaluation/templates")
	@PreAuthorize(ADMINISTRATORS)
	String list(Model model) {
		model.addAttribute("rows", administration.list());
		if (!model.containsAttribute("familyForm")) {
			model.addAttribute("familyForm", FamilyForm.empty());
		}
		model.addAttribute("categories", categories());
		return "evaluation/templates";
	}

	@PostMapping("/evaluation/templates")
	@PreAuthorize(ADMINISTRATORS)
	String create(@Valid @ModelAttribute("familyForm") FamilyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		IndicatorTemplate[] created = new IndicatorTemplate[1];
		if (!binding.hasErrors() && FormErrors.attempt(
				() -> created[0] = administration.newFamily(form.name(), form.catalogCategory()), binding, model)) {
			redirect.addFlashAttribute("flash", "已新建指标体系草稿（复制自当前适用的指标体系），请调整指标后发布");
			return "redirect:/evaluation/templates/" + created[0].id();
		}
		return list(model);
	}

	@GetMapping("/evaluation/templates/{id}")
	@PreAuthorize(ADMINISTRATORS)
	String view(@PathVariable UUID id, Model model) {
		TemplateAdministration.Row row = administration.get(id);
		model.addAttribute("template", row.template());
		model.addAttribute("tree", TemplateTree.depthFirst(row.template().indicators()));
		model.addAttribute("targetCategories", TARGET_CATEGORIES);
		model.addAttribute("editable", row.editable());
		model.addAttribute("draft", row.editable() && row.template().status() == IndicatorTemplate.Status.DRAFT);
		model.addAttribute("decision", administration.check(row.template()));
		if (!model.containsAttribute("draftForm")) {
			model.addAttribute("draftForm", DraftForm.of(row.template()));
		}
		DraftForm form = (DraftForm) model.getAttribute("draftForm");
		model.addAttribute("editRows", form.rows());
		model.addAttribute("firstLevels", FirstLevel.values());
		model.addAttribute("kinds", Indicator.Kind.values());
		model.addAttribute("measures", Measure.values());
		model.addAttribute("directions", Indicator.Direction.values());
		return "evaluation/template";
	}

	@PostMapping("/evaluation/templates/{id}")
	@PreAuthorize(ADMINISTRATORS)
	String save(@PathVariable UUID id, @Valid @ModelAttribute("draftForm") DraftForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		TemplateAdministration.Outcome[] saved = new TemplateAdministration.Outcome[1];
		if (!binding.hasErrors() && FormErrors
			.attempt(() -> saved[0] = administration.updateDraft(id, form.name(), form.indicators()), binding, model)) {
			redirect.addFlashAttribute("flash", "已保存草稿" + warnings(saved[0].warnings()));
			return "redirect:/evaluation/templates/" + id;
		}
		return view(id, model);
	}

	@PostMapping("/evaluation/templates/{id}/leaves")
	@PreAuthorize(ADMINISTRATORS)
	String addLeaf(@PathVariable UUID id, @ModelAttribute LeafForm form, RedirectAttributes redirect) {
		return PageCommands.runThenRedirect("/evaluation/templates/" + id, redirect, () -> {
			administration.addLeaf(id, form.firstLevel());
			return "已在“" + form.firstLevel().label() + "”下添加末级指标（权重0），请填写名称和权重后保存";
		});
	}

	@PostMapping("/evaluation/templates/{id}/versions")
	@PreAuthorize(ADMINISTRATORS)
	String newVersion(@PathVariable UUID id, RedirectAttributes redirect) {
		IndicatorTemplate[] draft = new IndicatorTemplate[1];
		String page = PageCommands.runThenRedirect("/evaluation/templates/" + id, redirect, () -> {
			draft[0] = administration.newVersion(id);
			return "已新建第" + draft[0].version() + "版草稿；已发布的版本保持不变";
		});
		return draft[0] == null ? page : "redirect:/evaluation/templates/" + draft[0].id();
	}

	@PostMapping("/evaluation/templates/{id}/publish")
	@PreAuthorize(ADMINISTRATORS)
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		return PageCommands.runThenRedirect("/evaluation/templates/" + id, redirect, () -> {
			TemplateAdministration.Outcome published = administration.publish(id);
			return "已发布第" + published.template().version() + "版：新开始的绩效评价使用此版本，已开始的评价仍使用原版本"
					+ warnings(published.warnings());
		});
	}

	private static String warnings(List<RuleViolation> warnings) {
		return warnings.isEmpty() ? ""
				: "。提示：" + String.join("；", warnings.stream().map(RuleViolation::describe).toList());
	}

	/**
	 * The first two levels of the catalog in force in the user's region, for the picker.
	 */
	private List<PublishedCatalogItem> categories() {
		return CurrentUser.current()
			.filter(user -> user.region() != null && !user.region().isNational())
			.map(user -> catalog
				.publishedItems(user.region(),
						FiscalYear.containing(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")))))
				.stream()
				.filter(item -> item.level() <= 2)
				.toList())
			.orElse(List.of());
	}

}
