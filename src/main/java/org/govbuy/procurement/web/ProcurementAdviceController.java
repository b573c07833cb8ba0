package org.govbuy.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.govbuy.platform.CurrentUser;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.application.ProcurementAdvisor;
import org.govbuy.procurement.application.ProcurementAdvisor.MethodAdvice;
import org.govbuy.procurement.application.ProcurementAdvisor.MethodQuestion;
import org.govbuy.procurement.application.ProcurementAdvisor.Timetable;
import org.govbuy.procurement.domain.MethodChoice;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Advice before a procurement starts: the lawful method for the amount and region, and
 * the earliest lawful dates on the official calendar. As JSON and as a page for clerks
 * and finance.
 */
class ProcurementAdviceController {

	static final String STAFF = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'PURCHASER_CLERK', 'PURCHASER_HEAD', 'SUPERVISOR')";

	/** A method question as the API and the form take it. */
	record MethodCheckRequest(@Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字") String region,
			@NotNull(message = "请填写预算金额") @DecimalMin(value = "0.01", message = "预算金额须大于0") @Digits(integer = 13,
					fraction = 2, message = "金额最多两位小数") BigDecimal amount,
			@NotNull(message = "请选择采购方式") ProcurementMethod method, String itemCode, Boolean fiscalFunds,
			Set<MethodGround> grounds, Boolean competentUnitConsent, Boolean financeApproval,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start, String rationale) {

		MethodQuestion toQuestion() {
			RegionCode regionCode = region == null || region.isBlank() ? CurrentUser.require().region()
					: new RegionCode(region);
			return new MethodQuestion(regionCode, Money.of(amount), method, itemCode,
					fiscalFunds == null || fiscalFunds, grounds == null ? EnumSet.noneOf(MethodGround.class) : grounds,
					new MethodChoice.Approvals(Boolean.TRUE.equals(competentUnitConsent),
							Boolean.TRUE.equals(financeApproval), approvedOn),
					start, rationale);
		}

	}

	@RestController
	@Tag(name = "采购", description = "采购方式与法定时限")
	static class Api {

		private final ProcurementAdvisor advisor;

		Api(ProcurementAdvisor advisor) {
			this.advisor = advisor;
		}

		@PostMapping("/api/v1/procurements/method-check")
		@PreAuthorize(STAFF)
		@Operation(summary = "判断采购方式是否合法，并给出法定应采用的方式（按地区公开招标数额标准，含本数）")
		MethodAdvice methodCheck(@Valid @RequestBody MethodCheckRequest request) {
			return advisor.advise(request.toQuestion());
		}

		@GetMapping("/api/v1/procurements/timetable")
		@PreAuthorize(STAFF)
		@Operation(summary = "按法定工作日历计算各环节最早合法日期")
		Timetable timetable(@RequestParam ProcurementMethod method,
				@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issued) {
			return advisor.timetable(method, issued);
		}

	}

	@Controller
	static class Pages {

		private final ProcurementAdvisor advisor;

		Pages(ProcurementAdvisor advisor) {
			this.advisor = advisor;
		}

		@GetMapping("/procurement/advisor")
		@PreAuthorize(STAFF)
		String advisor(Model model) {
			model.addAttribute("methods", ProcurementMethod.values());
			model.addAttribute("grounds", MethodGround.values());
			return "procurement/advisor";
		}

		@PostMapping("/procurement/advisor/method")
		@PreAuthorize(STAFF)
		String method(@Valid @ModelAttribute("question") MethodCheckRequest question, BindingResult binding,
				Model model) {
			if (binding.hasErrors()) {
				model.addAttribute("errors", binding.getAllErrors().stream().map(e -> e.getDefaultMessage()).toList());
				return "procurement/advisor :: method-result";
			}
			model.addAttribute("advice", advisor.advise(question.toQuestion()));
			return "procurement/advisor :: method-result";
		}

		@GetMapping("/procurement/advisor/timetable")
		@PreAuthorize(STAFF)
		String timetable(@RequestParam ProcurementMethod method,
				@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issued, Model model) {
			model.addAttribute("timetable", advisor.timetable(method, issued));
			return "procurement/advisor :: timetable-result";
		}

	}

}
