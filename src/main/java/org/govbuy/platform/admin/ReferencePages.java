package org.govbuy.platform.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.FormErrors;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.Region;
import org.govbuy.platform.RegionalParameters.ParameterValue;
import org.govbuy.platform.Regions;
import org.govbuy.platform.calendar.HolidayCalendar;
import org.govbuy.platform.parameter.ParameterRegistry;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.WorkingDayCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 行政区划, 政策参数 and 工作日历 pages. */
@Controller
class ReferencePages {

	/** How a period is counted on the calendar page's deadline calculator. */
	enum PeriodKind {

		/** 工作日. */
		WORKING,
		/** 自然日 (民法典第二百零一条、第二百零三条). */
		CALENDAR

	}

	private final Regions regions;

	private final ParameterRegistry parameters;

	private final HolidayCalendar holidays;

	private final LegalCalendar calendar;

	private final Clock clock;

	ReferencePages(Regions regions, ParameterRegistry parameters, HolidayCalendar holidays, LegalCalendar calendar,
			Clock clock) {
		this.regions = regions;
		this.parameters = parameters;
		this.holidays = holidays;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/platform/regions")
	@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')")
	String regions(Model model) {
		RegionCode root = RegionCode.NATIONAL;
		model.addAttribute("root", regions.get(root));
		model.addAttribute("children", regions.children(root));
		return "platform/regions";
	}

	/** One level of the tree, loaded by htmx when a node is expanded. */
	@GetMapping("/platform/regions/{code}/children")
	@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')")
	String regionChildren(@PathVariable String code, Model model) {
		model.addAttribute("children", regions.children(parse(code)));
		return "platform/regions :: children";
	}

	/** A parameter in force, with where it comes from. */
	record ParameterRow(PolicyParameter parameter, ParameterValue value, boolean own) {
	}

	/** A new value of a policy parameter for a region, effective from a day. */
	record ParameterForm(@NotBlank(message = "请选择行政区划") String region,
			@NotNull(message = "请选择参数") PolicyParameter parameter,
			@NotBlank(message = "请填写取值") @Size(max = 100, message = "取值不超过100字") String value,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@Size(max = 500, message = "依据不超过500字") String basis) {
	}

	/** An item of the region's centralized procurement catalog. */
	record CatalogEntryForm(@NotBlank(message = "请选择行政区划") String region,
			@NotBlank(message = "请填写品目编码") @Size(max = 20, message = "编码不超过20位") String itemCode,
			@NotBlank(message = "请填写品目名称") @Size(max = 200, message = "名称不超过200字") String itemName,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo) {
	}

	@GetMapping("/platform/parameters")
	@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')")
	String parameters(@RequestParam(required = false) String region, Model model) {
		RegionCode code = region == null || region.isBlank() ? CurrentUser.require().region() : parse(region);
		Region current = regions.get(code);
		LocalDate today = LocalDate.now(clock);
		List<ParameterRow> rows = Arrays.stream(PolicyParameter.values()).map(parameter -> {
			ParameterValue value = parameters.valueAt(code, parameter, today);
			return new ParameterRow(parameter, value, value.setBy().equals(code));
		}).toList();
		model.addAttribute("region", current);
		model.addAttribute("path", regions.path(code));
		model.addAttribute("rows", rows);
		model.addAttribute("history", parameters.history(code, null));
		model.addAttribute("catalog", parameters.centralizedCatalog(code));
		model.addAttribute("parameterChoices", PolicyParameter.values());
		model.addAttribute("today", today);
		if (!model.containsAttribute("parameterForm")) {
			model.addAttribute("parameterForm", new ParameterForm(code.value(), null, "", today, ""));
		}
		if (!model.containsAttribute("catalogEntryForm")) {
			model.addAttribute("catalogEntryForm", new CatalogEntryForm(code.value(), "", "", today, null));
		}
		CurrentUser user = CurrentUser.require();
		model.addAttribute("mayEdit", user.hasRole(org.govbuy.platform.Role.ADMIN)
				|| user.hasRole(org.govbuy.platform.Role.FINANCE_REVIEWER) && user.region().contains(code));
		return "platform/parameters";
	}

	@PostMapping("/platform/parameters")
	@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_REVIEWER')")
	String setParameter(@Valid @ModelAttribute("parameterForm") ParameterForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors() && attempt(() -> parameters.set(parse(form.region()), form.parameter(), form.value(),
				form.effectiveFrom(), form.basis()), binding, model)) {
			redirect.addFlashAttribute("flash",
					"已设置“" + form.parameter().label() + "”，自 " + form.effectiveFrom() + " 起生效");
			return "redirect:/platform/parameters?region=" + form.region().trim();
		}
		return parameters(validRegionOrNull(form.region()), model);
	}

	@PostMapping("/platform/parameters/centralized-catalog")
	@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_REVIEWER')")
	String addCatalogEntry(@Valid @ModelAttribute("catalogEntryForm") CatalogEntryForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && attempt(() -> parameters.addCentralizedCatalogEntry(parse(form.region()),
				form.itemCode(), form.itemName(), form.effectiveFrom(), form.effectiveTo()), binding, model)) {
			redirect.addFlashAttribute("flash", "已加入集中采购目录：" + form.itemCode() + " " + form.itemName());
			return "redirect:/platform/parameters?region=" + form.region().trim();
		}
		return parameters(validRegionOrNull(form.region()), model);
	}

	@GetMapping("/platform/calendar")
	@PreAuthorize("isAuthenticated()")
	String calendar(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", shown);
		// Years are written as years (2026, not 2,026) and the covered years as a Chinese
		// list.
		model.addAttribute("yearText", String.valueOf(shown));
		model.addAttribute("days", holidays.days(shown));
		if (!model.containsAttribute("calendarImportForm")) {
			model.addAttribute("calendarImportForm", new CalendarImportForm(null));
		}
		model.addAttribute("covered",
				calendar.calendar()
					.coveredYears()
					.stream()
					.sorted()
					.map(String::valueOf)
					.collect(java.util.stream.Collectors.joining("、")));
		return "platform/calendar";
	}

	/** The deadline calculator of the calendar page (htmx). */
	@GetMapping("/platform/calendar/compute")
	@PreAuthorize("isAuthenticated()")
	String compute(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) Integer days, @RequestParam(defaultValue = "WORKING") PeriodKind kind,
			Model model) {
		WorkingDayCalendar current = calendar.calendar();
		if (from == null) {
			model.addAttribute("error", "请选择起算日期");
		}
		else if (days == null) {
			model.addAttribute("error", "请填写天数");
		}
		else if (days < 0 || days > 3650) {
			model.addAttribute("error", "天数须在0到3650之间");
		}
		else {
			LocalDate result = kind == PeriodKind.CALENDAR ? current.calendarDayDeadline(from, days)
					: current.addWorkingDays(from, days);
			model.addAttribute("result", result);
			model.addAttribute("provisional", !current.covers(from) || !current.covers(result));
			model.addAttribute("holiday", current.holidayName(result).orElse(null));
		}
		return "platform/calendar :: result";
	}

	/** A CSV file of holidays and make-up working days. */
	record CalendarImportForm(MultipartFile file) {
	}

	@PostMapping("/platform/calendar/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importCalendar(@ModelAttribute("calendarImportForm") CalendarImportForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (form.file() == null || form.file().isEmpty()) {
			binding.rejectValue("file", "required", "请选择要导入的 CSV 文件");
			return calendar(null, model);
		}
		try {
			int rows = holidays.importCsv(form.file().getInputStream());
			redirect.addFlashAttribute("flash", "已导入 " + rows + " 条节假日和调休记录");
			return "redirect:/platform/calendar";
		}
		catch (IllegalArgumentException | IOException ex) {
			binding.rejectValue("file", "invalid", "导入失败，未保存任何数据：" + ex.getMessage());
			return calendar(null, model);
		}
	}

	/**
	 * Runs a form's command; a refusal, including one for the region, goes onto the form.
	 */
	private static boolean attempt(Runnable command, BindingResult binding, Model model) {
		try {
			return FormErrors.attempt(command, binding, model);
		}
		catch (AccessDeniedException ex) {
			binding.reject("denied", ex.getMessage());
			return false;
		}
	}

	private static String validRegionOrNull(String code) {
		return code != null && RegionCode.isValid(code.trim()) ? code.trim() : null;
	}

	private static RegionCode parse(String code) {
		if (code == null || !RegionCode.isValid(code.trim())) {
			throw new InvalidInputException("region", "行政区划代码应为6位数字");
		}
		return new RegionCode(code.trim());
	}

}
