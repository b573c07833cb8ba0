package org.govbuy.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.delivery.application.Acceptances;
import org.govbuy.delivery.application.Deliveries;
import org.govbuy.delivery.domain.AcceptancePolicy;
import org.govbuy.delivery.domain.LedgerKind;
import org.govbuy.delivery.domain.ParticipantRole;
import org.govbuy.shared.Money;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forms of the delivery pages: what the purchasing unit and the provider post, as
 * typed and validated records that may hold invalid input and are shown again with their
 * errors. The field names are the pages' input names.
 */
final class DeliveryForms {

	private DeliveryForms() {
	}

	/** The purchaser adds a milestone. */
	record MilestoneForm(
			@NotBlank(message = "请填写履约节点名称（不超过200字）") @Size(max = 200, message = "请填写履约节点名称（不超过200字）") String title,
			@NotBlank(message = "请填写交付成果与验收标准（不超过2000字）") @Size(max = 2000,
					message = "请填写交付成果与验收标准（不超过2000字）") String standard,
			@DateTimeFormat(iso = ISO.DATE) LocalDate dueOn, BigDecimal amount) {

		static MilestoneForm empty() {
			return new MilestoneForm("", "", null, null);
		}

		Deliveries.NewMilestone milestone() {
			return new Deliveries.NewMilestone(title, standard, dueOn, amount == null ? null : Money.of(amount));
		}

	}

	/**
	 * The provider records a ledger entry with its files; a progress report may submit
	 * its milestone for acceptance.
	 */
	record LedgerForm(@NotNull(message = "请选择台账类别") LedgerKind kind,
			@DateTimeFormat(iso = ISO.DATE) LocalDate occurredOn,
			@NotBlank(message = "请填写事项名称（不超过200字）") @Size(max = 200, message = "请填写事项名称（不超过200字）") String title,
			@Size(max = 4000, message = "内容不超过4000字") String content, UUID milestoneId, Boolean submitMilestone,
			List<MultipartFile> files) {

		static LedgerForm empty() {
			return new LedgerForm(null, null, "", "", null, false, List.of());
		}

		/**
		 * Whether the entry is a progress report that submits its milestone (the box is
		 * ticked).
		 */
		boolean submits() {
			return Boolean.TRUE.equals(submitMilestone);
		}

		Deliveries.NewEntry entry() {
			return new Deliveries.NewEntry(kind, occurredOn, title, content, milestoneId, submits());
		}

	}

	/** The provider reports a milestone done and submits it for acceptance. */
	record SubmitForm(@Size(max = 4000, message = "内容不超过4000字") String report) {
	}

	/** The provider answers a rectification. */
	record ResponseForm(
			@NotBlank(message = "请填写整改情况（不超过4000字）") @Size(max = 4000, message = "请填写整改情况（不超过4000字）") String response) {
	}

	/**
	 * The purchaser records an acceptance: the standards and their performance, and the
	 * participants, come as parallel lists (one entry per row of the page).
	 */
	record AcceptanceForm(UUID milestoneId, @DateTimeFormat(iso = ISO.DATE) LocalDate acceptedOn,
			@NotNull(message = "请选择验收结论：合格或不合格") Acceptances.Result result, String findings, List<String> standard,
			List<String> performance, Boolean publicService, List<String> participantName,
			List<ParticipantRole> participantRole, List<String> participantOpinion, String rectificationRequired,
			@DateTimeFormat(iso = ISO.DATE) LocalDate rectificationDueOn) {

		static AcceptanceForm empty() {
			return new AcceptanceForm(null, null, Acceptances.Result.PASSED, "", List.of(), List.of(), null, List.of(),
					List.of(), List.of(), "", null);
		}

		Acceptances.NewAcceptance acceptance() {
			List<AcceptancePolicy.StandardCheck> standards = new ArrayList<>();
			for (int i = 0; i < Math.max(size(standard), size(performance)); i++) {
				standards.add(new AcceptancePolicy.StandardCheck(at(standard, i), at(performance, i)));
			}
			List<AcceptancePolicy.Participant> participants = new ArrayList<>();
			for (int i = 0; i < size(participantName); i++) {
				participants.add(new AcceptancePolicy.Participant(at(participantName, i), at(participantRole, i),
						at(participantOpinion, i)));
			}
			return new Acceptances.NewAcceptance(milestoneId, acceptedOn, result, findings, standards,
					!Boolean.FALSE.equals(publicService), participants, rectificationRequired, rectificationDueOn);
		}

		private static int size(List<?> values) {
			return values == null ? 0 : values.size();
		}

		private static <T> T at(List<T> values, int index) {
			return index < size(values) ? values.get(index) : null;
		}

	}

	/**
	 * The first error of a form, resolved through the messages (e.g. a mistyped date).
	 */
	static String firstMessage(BindingResult binding, MessageSource messages) {
		ObjectError error = binding.getAllErrors().get(0);
		return messages.getMessage(error, LocaleContextHolder.getLocale());
	}

}
