package org.govbuy.contract.domain;

import java.util.List;

import org.govbuy.contract.ContractRule;
import org.govbuy.shared.RuleViolation;

/**
 * Neither party may change, suspend or terminate a contract on its own (法50): a signed
 * contract ends by both parties' agreement, because going on would harm the state or the
 * public interest, or — under the contract's own liability clause — for the provider's
 * breach that a failed acceptance put on record.
 */
public final class TerminationPolicy {

	/** Why a signed contract ends. */
	public enum Ground {

		/** 双方协商一致. */
		AGREEMENT("双方协商一致"),
		/** 继续履行将损害国家利益和社会公共利益. */
		PUBLIC_INTEREST("继续履行将损害国家利益和社会公共利益"),
		/** 承接主体违约，验收不合格. */
		PROVIDER_BREACH("承接主体违约，验收不合格");

		private final String label;

		Ground(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * Checks the purchaser's termination of a signed contract on its own motion.
	 * @param ground the ground it gives
	 * @param failedAcceptances how many acceptances of the contract failed
	 */
	public List<RuleViolation> checkUnilateral(Ground ground, int failedAcceptances) {
		if (ground == null || ground == Ground.AGREEMENT) {
			return List.of(ContractRule.NO_UNILATERAL_TERMINATION.violation("协商一致终止的，应提出“终止协议”并由承接主体确认签署，不能由一方直接终止"));
		}
		if (ground == Ground.PROVIDER_BREACH && failedAcceptances == 0) {
			return List.of(ContractRule.NO_UNILATERAL_TERMINATION.violation("以承接主体违约为由终止，须有验收不合格的记录（按合同违约责任条款办理）"));
		}
		return List.of();
	}

}
