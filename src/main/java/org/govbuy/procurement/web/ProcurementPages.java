package org.govbuy.procurement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.govbuy.budget.BudgetLines;
import org.govbuy.platform.Accounts;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.PageCommands;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.application.ProcurementAdvisor;
import org.govbuy.procurement.application.Procurements;
import org.govbuy.procurement.domain.ChallengeDeadlines;
import org.govbuy.procurement.domain.DepositPolicy;
import org.govbuy.procurement.domain.MethodChoice;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolationException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Procurement pages: the purchasing unit runs a project, providers bid and challenge,
 * experts score, and the public reads the notices.
 */
@Controller
class ProcurementPages {

	static final String STAFF = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'PURCHASER_CLERK', 'PURCHASER_HEAD', 'SUPERVISOR')";

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Procurements procurements;

	private final ProcurementAdvisor advisor;

	private final BudgetLines lines;

	private final Accounts accounts;

	private final Clock clock;

	ProcurementPages(Procurements procurements, ProcurementAdvisor advisor, BudgetLines lines, Accounts accounts,
			Clock clock) {
		this.procurements = procurements;
		this.advisor = advisor;
		this.lines = lines;
		this.accounts = accounts;
		this.clock = clock;
	}

	// ---- purchasing unit, finance, supervisors
	// -----------------------------------------

	@GetMapping("/procurement/projects")
	@PreAuthorize(STAFF)
	String list(Model model) {
		CurrentUser user = CurrentUser.require();
		List<Procurements.Project> projects = procurements.list(user);
		model.addAttribute("projects", projects);
		boolean purchaser = user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD);
		model.addAttribute("purchaser", purchaser);
		if (purchaser) {
			// A line whose service has been awarded is done: the award's savings go back
			// to
			// the line's funds, but they are not an invitation to buy the same service
			// twice.
			java.util.Set<UUID> awarded = projects.stream()
				.filter(project -> project.status() == ProjectStatus.AWARDED)
				.map(Procurements.Project::planLineId)
				.collect(java.util.stream.Collectors.toSet());
			model.addAttribute("lines",
					lines.approvedOf(user.organizationId())
						.stream()
						.filter(line -> line.funds().available().isPositive())
						.filter(line -> !awarded.contains(line.lineId()))
						.toList());
		}
		return "procurement/projects";
	}

	@GetMapping("/procurement/projects/new")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String newProject(@RequestParam UUID line, Model model) {
		BudgetLines.ApprovedLine approved = ownLine(line);
		model.addAttribute("line", approved);
		model.addAttribute("methods", ProcurementMethod.values());
		model.addAttribute("grounds", MethodGround.values());
		model.addAttribute("depositForms", DepositPolicy.Form.values());
		model.addAttribute("form",
				Map.of("name", approved.projectName(), "demand", approved.serviceContent(), "serviceStandard",
						approved.serviceStandard() == null ? "" : approved.serviceStandard(), "budget",
						approved.funds().available().amount().toPlainString(), "priceWeight", "0.30", "method",
						"COMPETITIVE_CONSULTATION"));
		return "procurement/project-form";
	}

	@PostMapping("/procurement/projects")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		UUID lineId = UUID.fromString(form.getFirst("planLineId"));
		try {
			Set<MethodGround> grounds = EnumSet.noneOf(MethodGround.class);
			List<String> chosen = form.get("grounds");
			if (chosen != null) {
				chosen.forEach(ground -> grounds.add(MethodGround.valueOf(ground)));
			}
			Procurements.Project project = procurements.create(new Procurements.NewProject(lineId,
					form.getFirst("name"), form.getFirst("demand"), form.getFirst("serviceStandard"),
					form.getFirst("conditions"), ProcurementMethod.valueOf(form.getFirst("method")), grounds,
					new MethodChoice.Approvals("true".equals(form.getFirst("competentUnitConsent")),
							"true".equals(form.getFirst("financeApproval")), parseDate(form.getFirst("approvedOn"))),
					form.getFirst("rationale"), money(form.getFirst("budget"), "采购预算"),
					blank(form.getFirst("maxPrice")) ? null : money(form.getFirst("maxPrice"), "最高限价"),
					decimal(form.getFirst("priceWeight")),
					new Procurements.Safeguards(
							blank(form.getFirst("deposit")) ? null : money(form.getFirst("deposit"), "投标保证金"),
							blank(form.getFirst("depositForm")) ? null
									: DepositPolicy.Form.valueOf(form.getFirst("depositForm")),
							"true".equals(form.getFirst("publicService")),
							"true".equals(form.getFirst("technicallyComplex")),
							blank(form.getFirst("surveyParties")) ? 0
									: decimal(form.getFirst("surveyParties")).intValue(),
							form.getFirst("surveySummary"), "true".equals(form.getFirst("urgent")),
							form.getFirst("urgentReason"), form.getFirst("urgentApprovedBy"),
							"LOWEST_PRICE".equals(form.getFirst("evaluation")))));
			redirect.addFlashAttribute("flash", "已发起采购并预留资金" + project.budget().format());
			return "redirect:/procurement/projects/" + project.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("violations", ex.violations());
		}
		model.addAttribute("line", ownLine(lineId));
		model.addAttribute("methods", ProcurementMethod.values());
		model.addAttribute("grounds", MethodGround.values());
		model.addAttribute("depositForms", DepositPolicy.Form.values());
		Map<String, String> echo = new java.util.HashMap<>();
		form.forEach((key, values) -> echo.put(key, values.isEmpty() ? null : values.get(0)));
		model.addAttribute("form", echo);
		return "procurement/project-form";
	}

	@GetMapping("/procurement/projects/{id}")
	@PreAuthorize(STAFF)
	String detail(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		Procurements.Project project = procurements.visible(id);
		model.addAttribute("project", project);
		model.addAttribute("own", project.unitId().equals(user.organizationId())
				&& user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD));
		model.addAttribute("bids", procurements.bids(id));
		model.addAttribute("panel", procurements.panel(id));
		model.addAttribute("notices", procurements.notices(id));
		model.addAttribute("challenges", procurements.challenges(id));
		model.addAttribute("experts", accounts.withRole(Role.EXPERT));
		model.addAttribute("outcomes", org.govbuy.procurement.domain.ChallengeOutcome.values());
		model.addAttribute("urgent", procurements.isUrgent(id));
		model.addAttribute("framework", project.method() == ProcurementMethod.FRAMEWORK_AGREEMENT);
		model.addAttribute("admitted", procurements.admitted(id));
		model.addAttribute("orders", procurements.orders(id));
		model.addAttribute("deadlinePassed",
				project.responseDeadline() != null && !clock.instant().isBefore(project.responseDeadline()));
		if (project.status() == ProjectStatus.DRAFT) {
			LocalDate today = LocalDate.now(clock.withZone(CHINA));
			ProcurementAdvisor.Timetable timetable = advisor.timetable(project.method(), today);
			model.addAttribute("timetable", timetable);
			model.addAttribute("suggestedDeadline", timetable.earliestResponseDeadline().atTime(9, 30));
		}
		return "procurement/project";
	}

	@PostMapping("/procurement/projects/{id}/announce")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String announce(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentsIssued,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime responseDeadline,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			procurements.announce(id, documentsIssued, responseDeadline);
			return "采购公告已发布";
		});
	}

	@PostMapping("/procurement/projects/{id}/panel")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String panel(@PathVariable UUID id, @RequestParam(required = false) List<String> members,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			procurements.startEvaluation(id, members == null ? List.of() : members);
			return "评审小组已组建，评审开始";
		});
	}

	@PostMapping("/procurement/projects/{id}/report")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String report(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			Procurements.Project project = procurements.report(id);
			return project.status() == ProjectStatus.FAILED ? "有效供应商不足，采购终止：" + project.failureReason() : "评审报告已形成";
		});
	}

	@PostMapping("/procurement/projects/{id}/award")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String award(@PathVariable UUID id, @RequestParam UUID bidId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			procurements.award(id, bidId, reason);
			return "已确定成交供应商，结果公告已发布";
		});
	}

	@PostMapping("/procurement/projects/{id}/single-source-notice")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String singleSource(@PathVariable UUID id, @RequestParam(required = false) String supplier,
			@RequestParam(required = false) String supplierAddress, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String opinions, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			List<org.govbuy.procurement.domain.NoticeContentPolicy.ExpertOpinion> parsed = new ArrayList<>();
			for (String line : opinions == null ? List.<String>of() : opinions.lines().toList()) {
				String[] parts = line.split("[|｜]", 4);
				if (parts.length == 4) {
					parsed.add(new org.govbuy.procurement.domain.NoticeContentPolicy.ExpertOpinion(parts[0].strip(),
							parts[1].strip(), parts[2].strip(), parts[3].strip()));
				}
				else if (!line.isBlank()) {
					throw new InvalidInputException("opinions", "论证意见每行按 姓名|工作单位|职称|意见 填写：" + line);
				}
			}
			procurements.announceSingleSource(id,
					new Procurements.SingleSource(supplier, supplierAddress, reason, parsed));
			return "单一来源采购公示已发布";
		});
	}

	@PostMapping("/procurement/projects/{id}/clarifications")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String clarify(@PathVariable UUID id, @RequestParam(required = false) String content, @RequestParam(
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime responseDeadline,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			procurements.clarify(id, content, responseDeadline);
			return "更正公告已发布";
		});
	}

	@PostMapping("/procurement/projects/{id}/admit")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String admit(@PathVariable UUID id, @RequestParam(required = false) List<UUID> bidIds,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreementStart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreementEnd,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			procurements.admit(id, bidIds, agreementStart, agreementEnd);
			return "已确定入围供应商，入围结果公告已发布";
		});
	}

	@PostMapping("/procurement/projects/{id}/orders")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String order(@PathVariable UUID id, @RequestParam(required = false) String recipient,
			@RequestParam(required = false) String description, @RequestParam(required = false) String amount,
			@RequestParam(required = false) UUID chosenBidId, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			procurements.order(id, recipient, description, money(amount, "订单金额"), chosenBidId);
			return "订单已下达";
		});
	}

	@PostMapping("/procurement/projects/{id}/trading-center-reference")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String reference(@PathVariable UUID id, @RequestParam(required = false) String reference,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			procurements.recordTradingCenterReference(id, reference);
			return "已记录交易中心项目编号";
		});
	}

	@PostMapping("/procurement/projects/{id}/terminate")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String terminate(@PathVariable UUID id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			procurements.terminate(id, reason);
			return "采购已终止，预留资金已释放";
		});
	}

	@PostMapping("/procurement/projects/{id}/challenges/{challengeId}/answer")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String answer(@PathVariable UUID id, @PathVariable UUID challengeId, @RequestParam(required = false) String answer,
			@RequestParam(required = false) org.govbuy.procurement.domain.ChallengeOutcome outcome,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			procurements.answer(challengeId, answer, outcome);
			return "已答复质疑";
		});
	}

	// ---- providers
	// ---------------------------------------------------------------------

	@GetMapping("/provider/procurements")
	@PreAuthorize("hasRole('PROVIDER')")
	String providerList(Model model) {
		model.addAttribute("projects", procurements.list(CurrentUser.require()));
		return "procurement/provider-list";
	}

	@GetMapping("/provider/procurements/{id}")
	@PreAuthorize("hasRole('PROVIDER')")
	String providerDetail(@PathVariable UUID id, Model model) {
		Procurements.Project project = procurements.visible(id);
		model.addAttribute("project", project);
		model.addAttribute("notices", procurements.notices(id));
		model.addAttribute("bids", procurements.bids(id));
		model.addAttribute("challenges", procurements.challenges(id));
		model.addAttribute("open",
				project.status() == ProjectStatus.ANNOUNCED && clock.instant().isBefore(project.responseDeadline()));
		return "procurement/provider-project";
	}

	@PostMapping("/provider/procurements/{id}/bid")
	@PreAuthorize("hasRole('PROVIDER')")
	String bid(@PathVariable UUID id, @RequestParam(required = false) String price,
			@RequestParam(required = false) String proposal, RedirectAttributes redirect) {
		return act("/provider/procurements/" + id, redirect, () -> {
			procurements.bid(id, money(price, "报价"), proposal);
			return "投标（响应）文件已提交并密封，截止时间前任何人不能查看";
		});
	}

	@PostMapping("/provider/procurements/{id}/challenge")
	@PreAuthorize("hasRole('PROVIDER')")
	String challenge(@PathVariable UUID id, @RequestParam(required = false) ChallengeDeadlines.Subject subject,
			@RequestParam(required = false) String content, RedirectAttributes redirect) {
		return act("/provider/procurements/" + id, redirect, () -> {
			procurements.challenge(id, subject, content);
			return "质疑已提交，采购人应在7个工作日内答复";
		});
	}

	// ---- experts
	// -----------------------------------------------------------------------

	@GetMapping("/expert/procurements")
	@PreAuthorize("hasRole('EXPERT')")
	String expertList(Model model) {
		model.addAttribute("projects", procurements.list(CurrentUser.require()));
		return "procurement/expert-list";
	}

	@GetMapping("/expert/procurements/{id}")
	@PreAuthorize("hasRole('EXPERT')")
	String expertDetail(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		Procurements.Project project = procurements.visible(id);
		model.addAttribute("project", project);
		Procurements.PanelMember me = procurements.panel(id)
			.stream()
			.filter(member -> member.username().equals(user.username()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("您不是本项目的评审成员"));
		model.addAttribute("me", me);
		model.addAttribute("scores", procurements.myScores(id));
		model.addAttribute("maxTechnical",
				BigDecimal.valueOf(100)
					.subtract(BigDecimal.valueOf(100).multiply(project.priceWeight()))
					.stripTrailingZeros()
					.toPlainString());
		try {
			model.addAttribute("bids", procurements.open(id));
		}
		catch (AccessDeniedException ex) {
			model.addAttribute("bids", List.of());
			model.addAttribute("sealed", ex.getMessage());
		}
		return "procurement/expert-project";
	}

	@PostMapping("/expert/procurements/{id}/declaration")
	@PreAuthorize("hasRole('EXPERT')")
	String declare(@PathVariable UUID id, RedirectAttributes redirect) {
		return act("/expert/procurements/" + id, redirect, () -> {
			procurements.declare(id);
			return "已签署回避声明";
		});
	}

	@PostMapping("/expert/procurements/{id}/scores")
	@PreAuthorize("hasRole('EXPERT')")
	String scores(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return act("/expert/procurements/" + id, redirect, () -> {
			List<UUID> scored = new ArrayList<>();
			for (var entry : form.entrySet()) {
				if (entry.getKey().startsWith("score_") && !blank(entry.getValue())) {
					UUID bid = UUID.fromString(entry.getKey().substring(6));
					procurements.score(id, bid, decimal(entry.getValue()), form.get("comment_" + bid));
					scored.add(bid);
				}
			}
			return "已保存" + scored.size() + "份评分";
		});
	}

	// ---- public
	// ------------------------------------------------------------------------

	@GetMapping("/portal/procurements")
	@PreAuthorize("permitAll()")
	String notices(Model model) {
		model.addAttribute("notices", procurements.notices(null));
		return "procurement/portal-notices";
	}

	@GetMapping("/portal/procurements/notices/{id}")
	@PreAuthorize("permitAll()")
	String notice(@PathVariable UUID id, Model model) {
		model.addAttribute("notice",
				procurements.notices(null)
					.stream()
					.filter(notice -> notice.id().equals(id))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("公告不存在")));
		return "procurement/portal-notice";
	}

	// ---- helpers
	// -----------------------------------------------------------------------

	private BudgetLines.ApprovedLine ownLine(UUID lineId) {
		CurrentUser user = CurrentUser.require();
		return lines.approved(lineId)
			.filter(line -> line.unitId().equals(user.organizationId()))
			.orElseThrow(() -> new NotFoundException("预算项目不存在或未批复"));
	}

	private String act(UUID projectId, RedirectAttributes redirect, Supplier<String> command) {
		return act("/procurement/projects/" + projectId, redirect, command);
	}

	private String act(String page, RedirectAttributes redirect, Supplier<String> command) {
		return PageCommands.runThenRedirect(page, redirect, command);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Money money(String value, String label) {
		try {
			return Money.of(value == null ? "" : value.replace(",", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("amount", label + "须为数字（元）");
		}
	}

	private static BigDecimal decimal(String value) {
		try {
			return new BigDecimal(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("number", "请填写数字");
		}
	}

	private static LocalDate parseDate(String value) {
		try {
			return blank(value) ? null : LocalDate.parse(value);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException("approvedOn", "批准日期格式不正确，应为 年-月-日");
		}
	}

}
