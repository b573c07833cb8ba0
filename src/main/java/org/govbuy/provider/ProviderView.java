package org.govbuy.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.RegionCode;

/**
 * A provider as pages and the API show it (the bank account only masked).
 *
 * @param id provider id
 * @param organizationId its platform organization
 * @param name name
 * @param type legal type
 * @param creditCode unified social credit code
 * @param region region
 * @param legalRepresentative 法定代表人（负责人）
 * @param contactName contact
 * @param contactPhone phone
 * @param bankName bank
 * @param bankAccountMasked e.g. {@code **** **** 1234}
 * @param status qualification status
 * @param priority priority for outstanding performance (seed 001)
 * @param reviewNote the reviewer's overall note
 * @param items the checklist
 */
public record ProviderView(UUID id, UUID organizationId, String name, ProviderType type, String creditCode,
		RegionCode region, String legalRepresentative, String contactName, String contactPhone, String bankName,
		String bankAccountMasked, Status status, boolean priority, OffsetDateTime submittedAt, String reviewNote,
		List<Item> items) {

	/** Qualification status. */
	public enum Status {

		/** 草稿. */
		DRAFT("草稿"),
		/** 待审核. */
		PENDING("待审核"),
		/** 合格. */
		QUALIFIED("合格"),
		/** 退回修改. */
		RETURNED("退回"),
		/** 不合格. */
		REJECTED("不合格");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Whether the provider is qualified (合格). */
		public boolean qualified() {
			return this == QUALIFIED;
		}

		/**
		 * The state after the provider changes its declarations or evidence: a draft
		 * stays a draft, a qualified or returned record goes back to draft (renewals
		 * reopen review of the whole record); under review or rejected it cannot be
		 * changed.
		 */
		public Status edited() {
			return switch (this) {
				case PENDING -> throw new InvalidInputException("status", "资料审核中，暂不能修改");
				case REJECTED -> throw new InvalidInputException("status", "审核不合格，请联系审核部门");
				case DRAFT, QUALIFIED, RETURNED -> DRAFT;
			};
		}

		/**
		 * The state after the provider submits its record for review (from wherever it
		 * may edit).
		 */
		public Status submitted() {
			edited();
			return PENDING;
		}

		/** Refuses a review of a record that is not under review. */
		public void requireUnderReview() {
			if (this != PENDING) {
				throw new InvalidInputException("status", "只有待审核的承接主体可以审核");
			}
		}

		/**
		 * The state after a reviewer's decision; only a record under review can be
		 * decided, and only as qualified, returned or rejected.
		 */
		public Status reviewed(Status outcome) {
			requireUnderReview();
			if (outcome != QUALIFIED && outcome != RETURNED && outcome != REJECTED) {
				throw new IllegalArgumentException("a review decides qualified, returned or rejected: " + outcome);
			}
			return outcome;
		}

	}

	/** A checklist item's state. */
	public enum ItemReview {

		/** 待审核. */
		PENDING("待审核"),
		/** 通过. */
		ACCEPTED("通过"),
		/** 退回. */
		RETURNED("退回"),
		/** 不通过. */
		REJECTED("不通过");

		private final String label;

		ItemReview(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** An eligibility item with its declaration, evidence and review. */
	public record Item(ChecklistItem item, boolean declared, String statement, LocalDate expiresOn, ItemReview review,
			String reviewReason, List<Evidence> evidence) {
	}

	/** An uploaded evidence file. */
	public record Evidence(UUID id, String fileName, String contentType, int size, OffsetDateTime uploadedAt) {
	}

}
