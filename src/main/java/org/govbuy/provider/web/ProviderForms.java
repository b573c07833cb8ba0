package org.govbuy.provider.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.platform.FormErrors;
import org.govbuy.provider.ChecklistItem;
import org.govbuy.provider.ProviderRule;
import org.govbuy.provider.ProviderView;
import org.govbuy.provider.ProviderView.ItemReview;
import org.govbuy.provider.RosterKind;
import org.govbuy.provider.application.ProviderRegistry.ItemVerdict;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forms of the provider pages; each may hold invalid input, which the page shows
 * again with the reasons.
 */
final class ProviderForms {

	private ProviderForms() {
	}

	/** The registration form as first shown: 淄博市 chosen as the region. */
	static ProviderApi.RegisterRequest emptyRegistration() {
		return new ProviderApi.RegisterRequest("", null, "", "370300", "", "", "", "", "", "", "", "", "");
	}

	/**
	 * One item's declaration and, optionally, its evidence file.
	 *
	 * @param declared whether the provider declares it meets the item (an unticked box
	 * sends nothing)
	 * @param statement its statement, or why the item does not apply
	 * @param expiresOn until when the evidence holds
	 * @param file the evidence, if one is uploaded
	 */
	record DeclarationForm(Boolean declared, @Size(max = 1000, message = "说明不超过1000字") String statement,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, MultipartFile file) {

		boolean isDeclared() {
			return Boolean.TRUE.equals(declared);
		}

	}

	/**
	 * A reviewer's verdict on each checklist item ({@code review[ITEM]},
	 * {@code reason[ITEM]}) and an overall note. A mutable bean because its fields are
	 * keyed by item.
	 */
	static class ReviewForm {

		private final Map<ChecklistItem, ItemReview> review = new EnumMap<>(ChecklistItem.class);

		private final Map<ChecklistItem, String> reason = new EnumMap<>(ChecklistItem.class);

		@Size(max = 1000, message = "审核意见不超过1000字")
		private String note;

		/** The form showing the provider's current item reviews. */
		static ReviewForm of(ProviderView provider) {
			ReviewForm form = new ReviewForm();
			for (ProviderView.Item item : provider.items()) {
				form.review.put(item.item(), item.review());
				if (item.reviewReason() != null) {
					form.reason.put(item.item(), item.reviewReason());
				}
			}
			return form;
		}

		public Map<ChecklistItem, ItemReview> getReview() {
			return review;
		}

		public Map<ChecklistItem, String> getReason() {
			return reason;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		/** The verdict chosen for an item, or null. */
		public ItemReview reviewOf(ChecklistItem item) {
			return review.get(item);
		}

		/** The reason given for an item, or null. */
		public String reasonOf(ChecklistItem item) {
			return reason.get(item);
		}

		/** The items decided on this form (an item left 待审核 is not decided). */
		List<ItemVerdict> verdicts() {
			List<ItemVerdict> verdicts = new ArrayList<>();
			review.forEach((item, verdict) -> {
				if (verdict != ItemReview.PENDING) {
					verdicts.add(new ItemVerdict(item, verdict, reason.get(item)));
				}
			});
			return verdicts;
		}

	}

	/** A debarment decision on the review page. */
	record DebarmentForm(@NotNull(message = "请选择依据") ProviderRule basis,
			@NotBlank(message = "请填写事由") @Size(max = 500, message = "事由不超过500字") String reason,
			@NotNull(message = "请填写起始日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@NotNull(message = "请填写结束日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

		static DebarmentForm startingOn(LocalDate day) {
			return new DebarmentForm(null, "", day, null);
		}

	}

	/** A roster file to import. */
	record RosterForm(@NotNull(message = "请选择名单") RosterKind kind, MultipartFile file) {

		boolean hasFile() {
			return file != null && !file.isEmpty();
		}

	}

	/**
	 * Runs a form's command: a refusal (an invalid input, a violated rule, a value the
	 * domain refuses) goes onto the form; returns whether it succeeded.
	 */
	static boolean attempt(Runnable command, BindingResult binding, Model model) {
		try {
			return FormErrors.attempt(command, binding, model);
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			binding.reject("invalid", "请检查填写的内容：" + (ex.getMessage() == null ? "格式有误" : ex.getMessage()));
			return false;
		}
	}

	/** An uploaded file's content. */
	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("文件读取失败", ex);
		}
	}

	/** Every reason on the form, as one line. */
	static String messages(BindingResult binding) {
		return binding.getAllErrors()
			.stream()
			.map(error -> error instanceof FieldError field && field.isBindingFailure() ? "格式不正确"
					: error.getDefaultMessage())
			.distinct()
			.collect(Collectors.joining("；"));
	}

}
