package org.govbuy.budget.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * The annual purchase plan of a purchasing unit for a fiscal year (年度购买计划): its lines and
 * their review. Every state change is a method here that checks the state it starts from
 * and writes a {@link PlanEvent} into the history the repository stores.
 */
public final class Plan {

	private final UUID id;

	private final UUID unitId;

	private final String unitName;

	private final RegionCode region;

	private final FiscalYear fiscalYear;

	private PlanStatus status;

	private final List<PlanLine> lines;

	private final List<UUID> removedLines = new ArrayList<>();

	private final List<PlanEvent> newEvents = new ArrayList<>();

	public Plan(UUID id, UUID unitId, String unitName, RegionCode region, FiscalYear fiscalYear, PlanStatus status,
			List<PlanLine> lines) {
		this.id = id;
		this.unitId = unitId;
		this.unitName = unitName;
		this.region = region;
		this.fiscalYear = fiscalYear;
		this.status = status;
		this.lines = new ArrayList<>(lines);
	}

	/** A new, empty plan. */
	public static Plan start(UUID unitId, String unitName, RegionCode region, FiscalYear fiscalYear, Actor actor) {
		Plan plan = new Plan(UUID.randomUUID(), unitId, unitName, region, fiscalYear, PlanStatus.DRAFT, List.of());
		plan.record("plan.created", null, "编制" + fiscalYear + "年度政府购买服务计划", null, actor);
		return plan;
	}

	public UUID id() {
		return id;
	}

	public UUID unitId() {
		return unitId;
	}

	public String unitName() {
		return unitName;
	}

	public RegionCode region() {
		return region;
	}

	public FiscalYear fiscalYear() {
		return fiscalYear;
	}

	public PlanStatus status() {
		return status;
	}

	public List<PlanLine> lines() {
		return Collections.unmodifiableList(lines);
	}

	public PlanLine line(UUID lineId) {
		return lines.stream()
			.filter(line -> line.id().equals(lineId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("计划中没有该行"));
	}

	/** Lines removed since the plan was loaded (drafts only). */
	public List<UUID> removedLines() {
		return List.copyOf(removedLines);
	}

	/** History entries written since the plan was loaded. */
	public List<PlanEvent> newEvents() {
		return List.copyOf(newEvents);
	}

	public Money total() {
		return lines.stream().map(line -> line.draft().amount()).reduce(Money.ZERO, Money::plus);
	}

	public Money approvedTotal() {
		return lines.stream()
			.filter(line -> line.status() == LineStatus.APPROVED)
			.map(PlanLine::approvedAmount)
			.reduce(Money.ZERO, Money::plus);
	}

	// ---- the purchasing unit ---------------------------------------------------------

	public PlanLine addLine(LineDraft draft, LineClassification classification, Actor actor) {
		requireEditable();
		int seq = lines.stream().mapToInt(PlanLine::seq).max().orElse(0) + 1;
		PlanLine line = new PlanLine(UUID.randomUUID(), seq, draft, classification,
				classification.inCatalog() ? LineStatus.DRAFT : LineStatus.AWAITING_FILING, null, null, null);
		lines.add(line);
		record("line.added", line.id(),
				"新增" + line.label() + "，金额" + draft.amount().format()
						+ (classification.inCatalog() ? "" : "；目录条目 " + draft.catalogCode() + " 不在指导性目录中，待财政部门审核备案"),
				null, actor);
		return line;
	}

	public PlanLine reviseLine(UUID lineId, LineDraft draft, LineClassification classification, Actor actor) {
		PlanLine line = line(lineId);
		requireEditable(line);
		if (!line.status().editable()) {
			throw new InvalidInputException("line", line.label() + "当前状态为" + line.status().label() + "，不能修改");
		}
		Money before = line.draft().amount();
		line.revise(draft, classification);
		record("line.revised", lineId, "修改" + line.label()
				+ (before.equals(draft.amount()) ? "" : "，金额由" + before.format() + "改为" + draft.amount().format()),
				null, actor);
		return line;
	}

	public void removeLine(UUID lineId, Actor actor) {
		PlanLine line = line(lineId);
		requireEditable(line);
		if (line.status() == LineStatus.APPROVED || line.status() == LineStatus.SUBMITTED) {
			throw new InvalidInputException("line", line.label() + "已提交或已批复，不能删除");
		}
		lines.remove(line);
		removedLines.add(lineId);
		record("line.removed", lineId, "删除" + line.label(), null, actor);
	}

	/**
	 * Submits every draft or returned line to finance. Lines waiting for catalog filing
	 * stay behind. The caller has checked the lines ({@code LineSubmissionPolicy}) and
	 * flagged splits.
	 * @return the lines submitted
	 */
	public List<PlanLine> submit(Actor actor) {
		if (!status.editable() && status != PlanStatus.APPROVED) {
			throw new InvalidInputException("plan", "计划当前状态为" + status.label() + "，不能提交");
		}
		List<PlanLine> ready = lines.stream()
			.filter(line -> line.status() == LineStatus.DRAFT || line.status() == LineStatus.RETURNED)
			.toList();
		if (ready.isEmpty()) {
			throw new InvalidInputException("lines",
					lines.isEmpty() ? "计划中还没有任何项目，请先添加" : "没有可提交的项目（待目录备案的项目须等财政部门备案后提交）");
		}
		boolean resubmission = status == PlanStatus.RETURNED;
		ready.forEach(PlanLine::submit);
		status = PlanStatus.SUBMITTED;
		long waiting = lines.stream().filter(line -> line.status() == LineStatus.AWAITING_FILING).count();
		record(resubmission ? "plan.resubmitted" : "plan.submitted", null, (resubmission ? "修改后重新提交" : "提交财政审核")
				+ ready.size() + "个项目" + (waiting > 0 ? "；" + waiting + "个项目待目录备案，暂不提交" : ""), null, actor);
		return ready;
	}

	// ---- finance ---------------------------------------------------------------------

	/** Records a flag on a submitted line that a reviewer must decide on. */
	public void flag(UUID lineId, PlanLine.Flags flags) {
		line(lineId).flag(flags);
	}

	/**
	 * Approves a submitted line. A line with flags (split, affordability) needs the
	 * reviewer's decision in the comment.
	 */
	public PlanLine approveLine(UUID lineId, String comment, Actor actor) {
		PlanLine line = requireUnderReview(lineId);
		if (line.flags().raised() && (comment == null || comment.isBlank())) {
			throw new InvalidInputException("comment",
					line.label() + "有须审核人员决定的提示（" + String.join("；", flagTexts(line)) + "），请在审核意见中写明决定及理由");
		}
		line.approve(new PlanLine.Review(comment, actor.username(), actor.at()), comment);
		record("line.approved", lineId, "批复" + line.label() + "，金额" + line.approvedAmount().format(), comment, actor);
		settle(actor);
		return line;
	}

	/** Returns a submitted line to the unit; the comment says what to correct. */
	public PlanLine returnLine(UUID lineId, String comment, Actor actor) {
		PlanLine line = requireUnderReview(lineId);
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException("comment", "退回须填写审核意见，说明需要修改的内容");
		}
		line.giveBack(new PlanLine.Review(comment, actor.username(), actor.at()));
		record("line.returned", lineId, "退回" + line.label() + "修改", comment, actor);
		settle(actor);
		return line;
	}

	// ---- 年中调整 ----------------------------------------------------------------------

	/** A unit asks to change an approved line's amount. */
	public void requestAdjustment(UUID lineId, Money newAmount, String reason, Actor actor) {
		PlanLine line = line(lineId);
		if (line.status() != LineStatus.APPROVED || status != PlanStatus.APPROVED) {
			throw new InvalidInputException("line", "只有已批复计划中的已批复项目才能申请年中调整");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "请填写调整理由");
		}
		if (newAmount == null || newAmount.isNegative() || newAmount.equals(line.approvedAmount())) {
			throw new InvalidInputException("newAmount", "请填写与现批复金额不同的调整后金额");
		}
		status = PlanStatus.ADJUSTING;
		record("adjustment.requested", lineId,
				"申请调整" + line.label() + "：" + line.approvedAmount().format() + " → " + newAmount.format(), reason,
				actor);
	}

	/** Finance decides on an adjustment request. */
	public void decideAdjustment(UUID lineId, Money newAmount, boolean approved, String comment, Actor actor) {
		PlanLine line = line(lineId);
		if (status != PlanStatus.ADJUSTING) {
			throw new org.govbuy.platform.StateConflictException("adjustment", "该计划没有待审核的调整申请");
		}
		if (!approved && (comment == null || comment.isBlank())) {
			throw new InvalidInputException("comment", "不同意调整须填写理由");
		}
		Money before = line.approvedAmount();
		if (approved) {
			line.adjustTo(newAmount);
		}
		status = PlanStatus.APPROVED;
		record(approved ? "adjustment.approved" : "adjustment.rejected", lineId, (approved
				? "同意调整" + line.label() + "：" + before.format() + " → " + newAmount.format() : "不同意调整" + line.label()),
				comment, actor);
	}

	/** Records that intention of a line was published (history only). */
	public void noteIntentionPublished(UUID lineId, String summary, Actor actor) {
		record("intention.published", lineId, summary, null, actor);
	}

	private PlanLine requireUnderReview(UUID lineId) {
		PlanLine line = line(lineId);
		if (status != PlanStatus.SUBMITTED || line.status() != LineStatus.SUBMITTED) {
			throw new org.govbuy.platform.StateConflictException("line",
					line.label() + "不在待审核状态（" + line.status().label() + "）");
		}
		return line;
	}

	/** When no line waits for review, the plan is approved or goes back to the unit. */
	private void settle(Actor actor) {
		if (lines.stream().anyMatch(line -> line.status() == LineStatus.SUBMITTED)) {
			return;
		}
		if (lines.stream().anyMatch(line -> line.status() == LineStatus.RETURNED)) {
			status = PlanStatus.RETURNED;
			record("plan.returned", null, "审核完成，部分项目退回修改", null, actor);
		}
		else {
			status = PlanStatus.APPROVED;
			record("plan.approved", null, "计划已批复，批复金额合计" + approvedTotal().format(), null, actor);
		}
	}

	private static List<String> flagTexts(PlanLine line) {
		List<String> texts = new ArrayList<>();
		if (line.flags().split() != null) {
			texts.add(line.flags().split());
		}
		if (line.flags().affordability() != null) {
			texts.add(line.flags().affordability());
		}
		return texts;
	}

	/**
	 * Lines of an editable plan may change; so may a line of an approved plan that waits
	 * for catalog filing (it is submitted on its own once filed).
	 */
	private void requireEditable(PlanLine line) {
		if (status == PlanStatus.APPROVED && line.status() == LineStatus.AWAITING_FILING) {
			return;
		}
		requireEditable();
	}

	private void requireEditable() {
		if (!status.editable()) {
			throw new InvalidInputException("plan", "计划当前状态为" + status.label() + "，不能修改");
		}
	}

	private void record(String action, UUID lineId, String summary, String comment, Actor actor) {
		newEvents.add(new PlanEvent(action, lineId, summary, comment, actor.username(), actor.name(), actor.at()));
	}

}
