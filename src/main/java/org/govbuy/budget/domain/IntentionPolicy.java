package org.govbuy.budget.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.govbuy.budget.BudgetRule;
import org.govbuy.shared.RuleViolation;

/**
 * 采购意向公开 (财库〔2020〕10号): procurement of a line starts no earlier than the lead days (30)
 * after its intention was published, unless the intention was marked urgent with a
 * reason.
 *
 * @param leadDays days between publication and the start (地区参数, 30)
 */
public record IntentionPolicy(int leadDays) {

	/** The first day procurement may start for an intention published on a date. */
	public LocalDate earliestStart(LocalDate publishedOn) {
		return publishedOn.plusDays(leadDays);
	}

	/** Why procurement may not start on the date; empty when it may. */
	public Optional<RuleViolation> refusal(LocalDate publishedOn, boolean urgent, LocalDate startOn) {
		if (publishedOn == null) {
			return Optional.of(BudgetRule.INTENTION_PUBLISHED.violation("该项目尚未公开采购意向"));
		}
		if (urgent || !startOn.isBefore(earliestStart(publishedOn))) {
			return Optional.empty();
		}
		return Optional.of(BudgetRule.INTENTION_PUBLISHED
			.violation("采购意向于" + publishedOn + "公开，最早可于" + earliestStart(publishedOn) + "开始采购活动（不足" + leadDays + "日）"));
	}

}
