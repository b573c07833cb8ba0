package org.govbuy.budget.domain;

import java.time.Instant;
import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * A line of an annual plan: what the unit said ({@link LineDraft}), what the checks found
 * ({@link LineClassification}) and where finance's review stands. Changed only through
 * its {@link Plan}.
 */
public final class PlanLine {

	/**
	 * Finance's last word on the line.
	 *
	 * @param comment the reviewer's comment
	 * @param by the reviewer's username
	 * @param at when
	 */
	public record Review(String comment, String by, Instant at) {
	}

	/**
	 * Warnings that need a reviewer's decision before approval, and the decision.
	 *
	 * @param split the GPLR-28 split flag, if any
	 * @param affordability the SEED004-2 affordability flag, if any
	 * @param decision the reviewer's decision on them
	 */
	public record Flags(String split, String affordability, String decision) {

		public static final Flags NONE = new Flags(null, null, null);

		public boolean raised() {
			return split != null || affordability != null;
		}

	}

	private final UUID id;

	private final int seq;

	private LineDraft draft;

	private LineClassification classification;

	private LineStatus status;

	private Review review;

	private Flags flags;

	private Money approvedAmount;

	public PlanLine(UUID id, int seq, LineDraft draft, LineClassification classification, LineStatus status,
			Review review, Flags flags, Money approvedAmount) {
		this.id = id;
		this.seq = seq;
		this.draft = draft;
		this.classification = classification;
		this.status = status;
		this.review = review;
		this.flags = flags == null ? Flags.NONE : flags;
		this.approvedAmount = approvedAmount;
	}

	public UUID id() {
		return id;
	}

	public int seq() {
		return seq;
	}

	public LineDraft draft() {
		return draft;
	}

	public LineClassification classification() {
		return classification;
	}

	public LineStatus status() {
		return status;
	}

	public Review review() {
		return review;
	}

	public Flags flags() {
		return flags;
	}

	/** The amount finance approved for the fiscal year (after adjustments). */
	public Money approvedAmount() {
		return approvedAmount;
	}

	/** The 政府采购预算 amount: the whole amount when procurement law applies (D1). */
	public Money procurementBudget() {
		return classification.procurementLaw() ? draft.totalAmount() : Money.ZERO;
	}

	/** The line's name for messages: 第2行「…」. */
	public String label() {
		return "第" + seq + "行「" + draft.projectName() + "」";
	}

	void revise(LineDraft draft, LineClassification classification) {
		this.draft = draft;
		this.classification = classification;
		this.status = classification.inCatalog()
				? (status == LineStatus.RETURNED ? LineStatus.RETURNED : LineStatus.DRAFT) : LineStatus.AWAITING_FILING;
		this.flags = Flags.NONE;
	}

	void submit() {
		this.status = LineStatus.SUBMITTED;
	}

	void flag(Flags flags) {
		this.flags = flags;
	}

	void approve(Review review, String decision) {
		this.status = LineStatus.APPROVED;
		this.review = review;
		this.approvedAmount = draft.amount();
		if (flags.raised()) {
			this.flags = new Flags(flags.split(), flags.affordability(), decision);
		}
	}

	void giveBack(Review review) {
		this.status = LineStatus.RETURNED;
		this.review = review;
	}

	void adjustTo(Money amount) {
		this.approvedAmount = amount;
	}

}
