package org.govbuy.catalog.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.application.CatalogExcel;
import org.govbuy.catalog.application.CatalogImports;
import org.govbuy.catalog.application.CatalogManagement;
import org.govbuy.catalog.application.CatalogManagement.Outcome;
import org.govbuy.catalog.application.CatalogQueries;
import org.govbuy.catalog.application.CatalogQueries.VersionView;
import org.govbuy.catalog.web.CatalogForms.FileForm;
import org.govbuy.catalog.web.CatalogForms.ItemForm;
import org.govbuy.catalog.web.CatalogForms.NewCatalogForm;
import org.govbuy.catalog.web.CatalogForms.NoteForm;
import org.govbuy.catalog.web.CatalogForms.PublishForm;
import org.govbuy.catalog.web.CatalogForms.TextForm;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance bureaus' catalog pages: versions, tree, editing a draft, publication,
 * filing, diff, Excel.
 */
@Controller
@RequestMapping("/catalog")
class CatalogPageController {

	static final String FINANCE = "hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')";

	private final CatalogManagement management;

	private final CatalogQueries queries;

	private final CatalogImports imports;

	private final CatalogBindingMessages bindingMessages;

	CatalogPageController(CatalogManagement management, CatalogQueries queries, CatalogImports imports,
			CatalogBindingMessages bindingMessages) {
		this.management = management;
		this.queries = queries;
		this.imports = imports;
		this.bindingMessages = bindingMessages;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(required = false) Integer fiscalYear, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("versions",
				queries.versions(user, null, fiscalYear == null ? null : FiscalYear.of(fiscalYear)));
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("canCreate", CatalogAccessView.canCreate(user));
		model.addAttribute("defaultYear", LocalDate.now().getYear() + 1);
		return "catalog/list";
	}

	@PostMapping
	@PreAuthorize(FINANCE)
	String create(@Valid @ModelAttribute("newCatalogForm") NewCatalogForm form, BindingResult binding,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		return attempt(redirect, "redirect:/catalog", bindingMessages.of(binding), () -> {
			var draft = management.createCatalog(user, regionOf(user), FiscalYear.of(form.fiscalYear()), form.name());
			redirect.addFlashAttribute("flash", "已创建 " + form.fiscalYear() + " 年度目录草稿（派生自上级已发布目录）");
			return "redirect:/catalog/versions/" + draft.id();
		});
	}

	@GetMapping("/versions/{id}")
	@PreAuthorize("isAuthenticated()")
	String version(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
		VersionView view = queries.view(CurrentUser.require(), id, q);
		model.addAttribute("view", view);
		model.addAttribute("q", q);
		model.addAttribute("natures", ItemNature.values());
		model.addAttribute("open", q != null && !q.isBlank());
		return "catalog/version";
	}

	@PostMapping("/versions/{id}/items")
	@PreAuthorize(FINANCE)
	String addItem(@PathVariable UUID id, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/catalog/versions/" + id, bindingMessages.of(binding), () -> {
			Outcome outcome = management.addItem(CurrentUser.require(), id, form.draft(form.code()));
			redirect.addFlashAttribute("flash", "已添加 " + form.code() + " " + form.name());
			redirect.addFlashAttribute("warnings", outcome.warnings());
			return "redirect:/catalog/versions/" + id;
		});
	}

	@PostMapping("/versions/{id}/items/{code}")
	@PreAuthorize(FINANCE)
	String editItem(@PathVariable UUID id, @PathVariable String code, @Valid @ModelAttribute("itemForm") ItemForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/catalog/versions/" + id, bindingMessages.of(binding), () -> {
			Outcome outcome = management.editItem(CurrentUser.require(), id, code, form.draft(code));
			redirect.addFlashAttribute("flash", "已修改 " + code);
			redirect.addFlashAttribute("warnings", outcome.warnings());
			return "redirect:/catalog/versions/" + id;
		});
	}

	@PostMapping("/versions/{id}/items/{code}/remove")
	@PreAuthorize(FINANCE)
	String removeItem(@PathVariable UUID id, @PathVariable String code, RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/catalog/versions/" + id, () -> {
			int removed = management.removeItem(CurrentUser.require(), id, code);
			redirect.addFlashAttribute("flash", "已删除 " + code + " 及其下级，共 " + removed + " 条");
			return "redirect:/catalog/versions/" + id;
		});
	}

	@PostMapping("/versions/{id}/publish")
	@PreAuthorize(FINANCE)
	String publish(@PathVariable UUID id, @Valid @ModelAttribute("publishForm") PublishForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/catalog/versions/" + id, bindingMessages.of(binding), () -> {
			Outcome outcome = management.publish(CurrentUser.require(), id, form.effectiveFrom(), form.lateReason());
			redirect.addFlashAttribute("flash", "已发布；上一版本（如有）已被替代");
			redirect.addFlashAttribute("warnings", outcome.warnings());
			return "redirect:/catalog/versions/" + id;
		});
	}

	@PostMapping("/{catalogId}/adjustments")
	@PreAuthorize(FINANCE)
	String adjust(@PathVariable UUID catalogId, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/catalog", bindingMessages.of(binding), () -> {
			var draft = management.startAdjustment(CurrentUser.require(), catalogId, form.note());
			redirect.addFlashAttribute("flash", "已创建调整草稿（第 " + draft.number() + " 版）");
			return "redirect:/catalog/versions/" + draft.id();
		});
	}

	@PostMapping("/versions/{id}/filing")
	@PreAuthorize(FINANCE)
	String file(@PathVariable UUID id, RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/catalog/versions/" + id, () -> {
			management.file(CurrentUser.require(), id);
			redirect.addFlashAttribute("flash", "已报上级财政部门备案");
			return "redirect:/catalog/versions/" + id;
		});
	}

	@PostMapping("/versions/{id}/comments")
	@PreAuthorize(FINANCE)
	String comment(@PathVariable UUID id, @Valid @ModelAttribute("textForm") TextForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/catalog/versions/" + id, bindingMessages.of(binding), () -> {
			management.comment(CurrentUser.require(), id, form.text());
			redirect.addFlashAttribute("flash", "意见已保存");
			return "redirect:/catalog/versions/" + id;
		});
	}

	@PostMapping("/versions/{id}/review")
	@PreAuthorize(FINANCE)
	String review(@PathVariable UUID id, @Valid @ModelAttribute("textForm") TextForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/catalog/versions/" + id, bindingMessages.of(binding), () -> {
			management.markReviewed(CurrentUser.require(), id, form.text());
			redirect.addFlashAttribute("flash", "已审阅该备案");
			return "redirect:/catalog/versions/" + id;
		});
	}

	@GetMapping("/versions/{id}/diff")
	@PreAuthorize("isAuthenticated()")
	String diff(@PathVariable UUID id, @RequestParam UUID against, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("from", queries.summary(user, against));
		model.addAttribute("to", queries.summary(user, id));
		model.addAttribute("diff", queries.diff(user, against, id));
		return "catalog/diff";
	}

	@GetMapping("/versions/{id}/export")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> export(@PathVariable UUID id) {
		CurrentUser user = CurrentUser.require();
		var summary = queries.summary(user, id);
		return CatalogApiController.xlsx(
				CatalogExcel.export(summary.regionName() + summary.fiscalYear().value() + "年度政府购买服务指导性目录（第"
						+ summary.number() + "版）", summary.regionName() + "财政部门", queries.items(user, id)),
				"目录-" + summary.region() + "-" + summary.fiscalYear() + "-v" + summary.number() + ".xlsx");
	}

	@GetMapping("/template")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> template() {
		return CatalogApiController.xlsx(CatalogExcel.template(), "指导性目录导入模板.xlsx");
	}

	@GetMapping("/versions/{id}/import")
	@PreAuthorize(FINANCE)
	String importForm(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("summary", queries.summary(user, id));
		model.addAttribute("jobs", imports.recent(id));
		return "catalog/import";
	}

	@PostMapping("/versions/{id}/import")
	@PreAuthorize(FINANCE)
	String importFile(@PathVariable UUID id, @Valid @ModelAttribute("fileForm") FileForm form, BindingResult binding,
			RedirectAttributes redirect) throws IOException {
		MultipartFile file = form.file();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		return attempt(redirect, "redirect:/catalog/versions/" + id + "/import", bindingMessages.of(binding), () -> {
			var job = imports.importLater(CurrentUser.require(), id, file == null ? null : file.getOriginalFilename(),
					content);
			if (job.repeated()) {
				redirect.addFlashAttribute("flash", "该文件已导入过此草稿，未重复导入");
			}
			return "redirect:/catalog/imports/" + job.id();
		});
	}

	@GetMapping("/imports/{jobId}")
	@PreAuthorize(FINANCE)
	String importJob(@PathVariable UUID jobId, Model model) {
		CurrentUser user = CurrentUser.require();
		var job = imports.find(user, jobId);
		model.addAttribute("job", job);
		model.addAttribute("summary", queries.summary(user, job.versionId()));
		return "catalog/import-job";
	}

	/** The progress panel, polled by htmx until the job is finished. */
	@GetMapping("/imports/{jobId}/progress")
	@PreAuthorize(FINANCE)
	String importProgress(@PathVariable UUID jobId, Model model) {
		model.addAttribute("job", imports.find(CurrentUser.require(), jobId));
		return "catalog/import-job :: progress";
	}

	private static RegionCode regionOf(CurrentUser user) {
		if (user.region() == null) {
			throw new InvalidInputException("region", "当前用户没有所属地区");
		}
		return user.region();
	}

	/**
	 * Runs a command; a refusal goes back to the page as a flash message with the rules.
	 */
	static String attempt(RedirectAttributes redirect, String onError, java.util.function.Supplier<String> command) {
		return attempt(redirect, onError, "", command);
	}

	/**
	 * Runs a command whose form was bound; what the form got wrong ({@code formErrors},
	 * empty when nothing) goes back to the page like a refusal.
	 */
	static String attempt(RedirectAttributes redirect, String onError, String formErrors,
			java.util.function.Supplier<String> command) {
		if (!formErrors.isEmpty()) {
			redirect.addFlashAttribute("flashError", formErrors);
			return onError;
		}
		try {
			return command.get();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("violations", ex.violations());
			return onError;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return onError;
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return onError;
		}
	}

	/** Who sees the create form. */
	static final class CatalogAccessView {

		private CatalogAccessView() {
		}

		static boolean canCreate(CurrentUser user) {
			return org.govbuy.catalog.application.CatalogAccess.isFinance(user)
					|| user.hasRole(org.govbuy.platform.Role.ADMIN);
		}

	}

}
