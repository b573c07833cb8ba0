package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.BudgetLines;
import org.govbuy.budget.BudgetRule;
import org.govbuy.budget.FundsLedger;
import org.govbuy.budget.ProcurementIntentions;
import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.procurement.domain.DepositPolicy;
import org.govbuy.procurement.domain.EvaluationMethod;
import org.govbuy.procurement.domain.LegalTimetable;
import org.govbuy.procurement.domain.NeedsSurveyPolicy;
import org.govbuy.procurement.domain.NoticeContentPolicy;
import org.govbuy.procurement.domain.NoticeKind;
import org.govbuy.procurement.domain.PriceWeightPolicy;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.procurement.domain.SupplierConditionPolicy;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a procurement up and announcing it: started from an approved budget line
 * (reserving its money), the notice or the 单一来源 公示 on the legal timetable, amendments of
 * the notice, the trading center's number, and termination by the purchaser.
 */
@Service
public class ProcurementSetup {

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final Terminations terminations;

	private final BudgetLines lines;

	private final FundsLedger ledger;

	private final ProcurementIntentions intentions;

	private final ProcurementAdvisor advisor;

	private final RegionalParameters parameters;

	private final LegalCalendar calendar;

	private final NegativeListCheck negativeList;

	private final AuditTrail audit;

	ProcurementSetup(ProjectRepository projects, ProjectAccess access, Terminations terminations, BudgetLines lines,
			FundsLedger ledger, ProcurementIntentions intentions, ProcurementAdvisor advisor,
			RegionalParameters parameters, LegalCalendar calendar, NegativeListCheck negativeList, AuditTrail audit) {
		this.projects = projects;
		this.access = access;
		this.terminations = terminations;
		this.lines = lines;
		this.ledger = ledger;
		this.intentions = intentions;
		this.advisor = advisor;
		this.parameters = parameters;
		this.calendar = calendar;
		this.negativeList = negativeList;
		this.audit = audit;
	}

	/**
	 * Starts a procurement from an approved line: budget approved and intention public
	 * long enough (BL-13, CK2020-10), a lawful method (D1–D4), lawful provider conditions
	 * (A4) and price weight (F1); then reserves the budget on the line.
	 */
	@Transactional
	public ProjectView create(NewProject form) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		if (form.planLineId() == null) {
			throw new InvalidInputException("planLineId", "请选择已批复的预算项目");
		}
		BudgetLines.ApprovedLine line = lines.approved(form.planLineId())
			.filter(found -> found.unitId().equals(user.organizationId()))
			.orElseThrow(() -> BudgetRule.WITHIN_BUDGET.refusal("所选预算项目不存在、尚未批复或不属于本单位，不能据此开展采购"));
		validate(form);
		ProcurementAdvisor.MethodAdvice advice = advisor
			.advise(new ProcurementAdvisor.MethodQuestion(line.region(), form.budget(), form.method(), line.pinmuCode(),
					true, form.grounds(), form.approvals(), access.today(), form.rationale()));
		List<RuleViolation> violations = violations(form, line, advice);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Safeguards safeguards = form.safeguards();
		Project project = Project.start(new Project.Terms(UUID.randomUUID(), line.lineId(), line.unitId(),
				line.unitName(), line.region(), form.name().strip(), form.demand().strip(), form.serviceStandard(),
				form.conditions(), form.method(), form.grounds(), form.rationale(), form.budget(), form.maxPrice(),
				form.priceWeight(), advice.tradingCenter(),
				safeguards.lowestPrice() ? EvaluationMethod.LOWEST_PRICE : EvaluationMethod.COMPREHENSIVE,
				safeguards.urgent(), safeguards.urgent() ? safeguards.urgentReason() : null,
				safeguards.technicallyComplex(), line.catalogCode()));
		projects.insert(project, user.username(), access.now(), safeguards);
		ledger.reserve(line.lineId(), form.budget(), "采购项目：" + form.name().strip(), "procurement-" + project.id());
		audit.record("procurement.create", "Project", project.id(), null, Map.of("line", line.lineId().toString(),
				"method", form.method().name(), "budget", form.budget().toString()));
		return project.view();
	}

	private List<RuleViolation> violations(NewProject form, BudgetLines.ApprovedLine line,
			ProcurementAdvisor.MethodAdvice advice) {
		LocalDate today = access.today();
		List<RuleViolation> violations = new ArrayList<>(
				intentions.mayStartProcurement(line.lineId(), today).violations());
		violations.addAll(advice.violations());
		// Issue 17: what the procurement buys passes the negative-list screening again.
		NegativeListDecision screening = negativeList.check(PurchaseDescription.of(form.name(),
				form.demand() + " " + (form.serviceStandard() == null ? "" : form.serviceStandard())));
		violations.addAll(screening.refused() ? screening.violations() : List.of());
		Safeguards safeguards = form.safeguards();
		if (!safeguards.lowestPrice()) {
			new PriceWeightPolicy().check(form.method(), form.priceWeight()).ifPresent(violations::add);
		}
		violations.addAll(new SupplierConditionPolicy().check(conditionList(form.conditions())));
		if (form.budget().isGreaterThan(line.funds().available())) {
			violations.add(org.govbuy.budget.BudgetRule.WITHIN_BUDGET
				.violation("采购预算" + form.budget().format() + "超过该预算项目可用余额" + line.funds().available().format()));
		}
		if (safeguards.deposit() != null && safeguards.deposit().isPositive()) {
			violations.addAll(new DepositPolicy().check(safeguards.deposit(), form.budget(),
					parameters.rate(line.region(), PolicyParameter.BID_DEPOSIT_MAX_RATE, today),
					safeguards.depositForm() == null ? DepositPolicy.Form.GUARANTEE : safeguards.depositForm()));
		}
		NeedsSurveyPolicy survey = new NeedsSurveyPolicy();
		survey
			.check(survey.required(form.budget(),
					parameters.money(line.region(), PolicyParameter.LARGE_PROJECT_THRESHOLD, today),
					safeguards.publicServiceToThePublic(), safeguards.technicallyComplex()), safeguards.surveyParties())
			.ifPresent(violations::add);
		if (safeguards.urgent() && (ProjectAccess.blank(safeguards.urgentReason())
				|| ProjectAccess.blank(safeguards.urgentApprovedBy()))) {
			throw new InvalidInputException("urgentReason", "紧急采购（绿色通道）须填写紧急原因和批准人");
		}
		if (form.maxPrice() != null && form.maxPrice().isGreaterThan(form.budget())) {
			violations.add(ProcurementRule.DISCLOSE_BUDGET.violation("最高限价不得高于采购预算"));
		}
		return violations;
	}

	/**
	 * Publishes the procurement notice with the documents issued on a date and the
	 * response deadline; refuses a deadline earlier than the law allows (法35, 74令 §29,
	 * 214号 §10) with the earliest lawful one.
	 */
	@Transactional
	public ProjectView announce(UUID projectId, LocalDate documentsIssued, LocalDateTime responseDeadline) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		Project.Terms terms = project.terms();
		project.status().require("发布采购公告", ProjectStatus.DRAFT);
		if (terms.method() == ProcurementMethod.SINGLE_SOURCE && terms.budget()
			.isAtLeast(parameters.money(terms.region(), PolicyParameter.OPEN_TENDER_THRESHOLD, access.today()))) {
			throw new RuleViolationException(
					ProcurementRule.SINGLE_SOURCE_NOTICE.violation("本项目达到公开招标数额标准，须先发布单一来源采购公示（不少于5个工作日）"));
		}
		if (documentsIssued == null || responseDeadline == null) {
			throw new InvalidInputException("responseDeadline", "请填写采购文件发出日期和响应截止时间");
		}
		if (documentsIssued.isBefore(access.today())) {
			throw new InvalidInputException("documentsIssued", "采购文件发出日期不能早于今天");
		}
		new LegalTimetable(calendar.calendar())
			.checkResponseDeadline(terms.method(), documentsIssued, responseDeadline.toLocalDate())
			.ifPresent(violation -> {
				throw new RuleViolationException(violation);
			});
		project.announce(documentsIssued, responseDeadline.atZone(ProjectAccess.CHINA).toInstant(), access.now());
		projects.save(project);
		access.publish(projectId, NoticeKind.PROCUREMENT,
				terms.unitName() + " " + terms.name() + " " + terms.method().label() + "公告",
				ProcurementNotices.procurement(project.view(), documentsIssued, responseDeadline));
		audit.record("procurement.announce", "Project", projectId, Map.of("status", ProjectStatus.DRAFT.name()),
				Map.of("status", project.status().name(), "deadline", responseDeadline.toString()));
		return project.view();
	}

	/**
	 * Publishes the 单一来源 公示 for at least 5 working days (条例38); its content is checked
	 * (MOF74-38), and only the named supplier may respond.
	 */
	@Transactional
	public ProjectView announceSingleSource(UUID projectId, SingleSource details) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		Project.Terms terms = project.terms();
		project.status().require("发布单一来源公示", ProjectStatus.DRAFT);
		if (terms.method() != ProcurementMethod.SINGLE_SOURCE) {
			throw new InvalidInputException("method", "只有单一来源采购发布单一来源公示");
		}
		List<RuleViolation> violations = new NoticeContentPolicy()
			.check(new NoticeContentPolicy.SingleSourceNotice(terms.unitName(), terms.name(), terms.demand(),
					details.reason(), details.supplier(), details.supplierAddress(), details.opinions()));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		LocalDate today = access.today();
		LocalDate end = new LegalTimetable(calendar.calendar()).singleSourceNoticeEnd(today);
		Instant deadline = end.atTime(17, 0).atZone(ProjectAccess.CHINA).toInstant();
		project.announceSingleSource(details.supplier().strip(), today, deadline, access.now());
		projects.save(project);
		access.publish(projectId, NoticeKind.SINGLE_SOURCE, terms.unitName() + " " + terms.name() + " 单一来源采购公示",
				ProcurementNotices.singleSource(project.view(), details, today, end));
		audit.record("procurement.single-source", "Project", projectId, Map.of("status", ProjectStatus.DRAFT.name()),
				Map.of("status", project.status().name(), "supplier", details.supplier()));
		return project.view();
	}

	/**
	 * A clarification or change of the documents (更正公告). One that may affect the
	 * responses, issued later than the law allows before the deadline, moves the deadline
	 * (条例31, 214号 §10, 74令 §29): an earlier new deadline is refused.
	 */
	@Transactional
	public ProjectView clarify(UUID projectId, String content, LocalDateTime newDeadline) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		Project.Terms terms = project.terms();
		project.status().require("发布更正公告", ProjectStatus.ANNOUNCED);
		if (project.deadlinePassed(access.now())) {
			throw new InvalidInputException("status", "响应截止后不能再澄清或修改采购文件");
		}
		if (ProjectAccess.blank(content)) {
			throw new InvalidInputException("content", "请填写澄清或修改的内容");
		}
		LocalDateTime current = project.view().responseDeadlineLocal();
		LocalDateTime deadline = newDeadline == null ? current : newDeadline;
		LocalDate minimum = new LegalTimetable(calendar.calendar()).deadlineAfterClarification(terms.method(),
				access.today(), current.toLocalDate());
		if (deadline.toLocalDate().isBefore(minimum)) {
			ProcurementRule rule = terms.method() == ProcurementMethod.COMPETITIVE_CONSULTATION
					? ProcurementRule.CONSULTATION_PERIOD : terms.method() == ProcurementMethod.COMPETITIVE_NEGOTIATION
							? ProcurementRule.NEGOTIATION_PERIOD : ProcurementRule.TENDER_DOCUMENTS_AND_CLARIFICATION;
			throw new RuleViolationException(rule.violation("今日澄清或修改可能影响响应文件编制，响应截止时间应顺延至" + minimum + "或以后"));
		}
		project.amendNotice(deadline.atZone(ProjectAccess.CHINA).toInstant(), access.now());
		projects.save(project);
		access.publish(projectId, NoticeKind.CORRECTION, terms.unitName() + " " + terms.name() + " 更正公告", """
				一、采购人：%s
				二、项目名称：%s
				三、更正内容：%s
				四、响应截止时间：%s""".formatted(terms.unitName(), terms.name(), content.strip(),
				deadline.toString().replace('T', ' ')));
		audit.record("procurement.clarify", "Project", projectId, Map.of("deadline", current.toString()),
				Map.of("deadline", deadline.toString()));
		return project.view();
	}

	/**
	 * Records the public resource trading center's reference of a project traded there.
	 */
	@Transactional
	public ProjectView recordTradingCenterReference(UUID projectId, String reference) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		if (!project.terms().tradingCenter()) {
			throw new InvalidInputException("reference", "本项目不进入公共资源交易中心交易");
		}
		if (ProjectAccess.blank(reference) || reference.length() > 100) {
			throw new InvalidInputException("reference", "请填写交易中心项目编号（不超过100字）");
		}
		project.recordTradingCenterReference(reference.strip());
		projects.save(project);
		audit.record("procurement.trading-center", "Project", projectId, null, Map.of("reference", reference.strip()));
		return project.view();
	}

	/** 废标/终止 with a reason: the reservation goes back to the budget line. */
	@Transactional
	public ProjectView terminate(UUID projectId, String reason) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		project.status()
			.require("终止采购", ProjectStatus.DRAFT, ProjectStatus.ANNOUNCED, ProjectStatus.EVALUATING,
					ProjectStatus.EVALUATED);
		if (ProjectAccess.blank(reason)) {
			throw new InvalidInputException("reason", "请填写废标（终止）理由");
		}
		terminations.terminate(project, reason.strip());
		return project.view();
	}

	private static List<String> conditionList(String conditions) {
		return conditions == null ? List.of()
				: conditions.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static void validate(NewProject form) {
		if (form.name() == null || form.name().isBlank()) {
			throw new InvalidInputException("name", "请填写项目名称");
		}
		if (form.demand() == null || form.demand().isBlank()) {
			throw new InvalidInputException("demand", "请填写采购需求（服务内容）");
		}
		if (form.method() == null) {
			throw new InvalidInputException("method", "请选择采购方式");
		}
		if (form.budget() == null || !form.budget().isPositive()) {
			throw new InvalidInputException("budget", "请填写大于0的采购预算");
		}
		if (form.priceWeight() == null || form.priceWeight().signum() <= 0
				|| form.priceWeight().compareTo(BigDecimal.ONE) >= 0) {
			throw new InvalidInputException("priceWeight", "价格分值比重须在0到1之间，例如 0.30");
		}
	}

}
