package org.govbuy.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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
