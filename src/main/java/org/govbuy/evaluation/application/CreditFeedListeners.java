package org.govbuy.evaluation.application;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.govbuy.contract.ContractParties;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.delivery.MilestoneOverdue;
import org.govbuy.evaluation.EvaluationCompleted;
import org.govbuy.provider.ProviderCredit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the provider's credit record (seed 002's credit system; 102 §21) from what the
 * platform learns: a final evaluation's grade, a termination for the provider's breach, a
 * milestone flagged overdue (which scoring also counts, as a delivery fact). Every
 * listener is idempotent by a source key, so a publication delivered again records
 * nothing twice.
 */
@Component
class CreditFeedListeners {

	private final ProviderCredit credit;

	private final ContractParties contracts;

	private final JdbcClient jdbc;

	private final Clock clock;

	CreditFeedListeners(ProviderCredit credit, ContractParties contracts, JdbcClient jdbc, Clock clock) {
		this.credit = credit;
		this.contracts = contracts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(EvaluationCompleted completed) {
		credit.recordGrade(completed.providerId(), completed.evaluationId(), completed.grade(), describe(completed),
				completed.completedOn());
	}

	@ApplicationModuleListener
	void on(ContractTerminated terminated) {
		if (!terminated.providerBreach()) {
			return;
		}
		String contract = contracts.find(terminated.contractId())
			.map(found -> "合同 " + found.number() + "《" + found.title() + "》")
			.orElse("合同");
		credit.record(terminated.providerId(), ProviderCredit.Kinds.TERMINATION_BREACH,
				contract + "因承接主体违约、验收不合格，于 " + terminated.terminatedOn() + " 被购买主体终止：" + terminated.reason(),
				"contract", terminated.terminatedOn(), "termination-breach:" + terminated.contractId());
	}

	@ApplicationModuleListener
	void on(MilestoneOverdue overdue) {
		String key = "milestone-late:" + overdue.milestoneId();
		credit.record(
				overdue.providerId(), ProviderCredit.Kinds.LATE_MILESTONE, "合同 " + overdue.contractNumber() + " 履约节点“"
						+ overdue.title() + "”逾期未完成验收（应于 " + overdue.dueOn() + " 完成）",
				"delivery", overdue.flaggedOn(), key);
		jdbc.sql("""
				insert into evaluation.delivery_fact (source_key, contract_id, kind, occurred_on, detail, recorded_at)
				values (:key, :contract, 'MILESTONE_LATE', :on, :detail, :now)
				on conflict (source_key) do nothing""")
			.param("key", key)
			.param("contract", overdue.contractId())
			.param("on", overdue.dueOn().plusDays(1))
			.param("detail", "履约节点“" + overdue.title() + "”逾期（应于 " + overdue.dueOn() + " 完成）")
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	/**
	 * The grade as the credit history shows it: contract, kind, period, the score shown
	 * truncated to 2 decimals (so it never crosses a boundary the score did not) and the
	 * grade.
	 */
	static String describe(EvaluationCompleted completed) {
		return "合同 " + completed.contractNumber() + "《" + completed.title() + "》" + completed.kind().label() + "（"
				+ completed.periodStartsOn() + " 至 " + completed.periodEndsOn() + "）得分 "
				+ EvaluationResults.shown(completed.score()) + "，等级 " + completed.grade().label() + "（购买主体："
				+ completed.unitName() + "）";
	}

}
