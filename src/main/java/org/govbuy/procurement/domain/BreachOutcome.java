package org.govbuy.procurement.domain;

import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.RuleViolation;

/**
 * What a breach affecting the result leads to, by how far the procurement has got (条例71).
 */
public final class BreachOutcome {

	/** How far the procurement has got. */
	public enum Stage {

		/** No winner chosen yet. */
		BEFORE_AWARD,
		/** Winner chosen, contract not signed. */
		AWARDED,
		/** Contract signed, not performed. */
		SIGNED,
		/** Contract being or already performed. */
		PERFORMED

	}

	/** The consequence. */
	public enum Consequence {

		/** 终止本次采购活动，重新开展. */
		RESTART("终止本次采购活动，重新开展采购"),
		/** 结果无效，从合格候选人中另行确定或重新开展. */
		VOID_AND_NEXT_CANDIDATE("中标、成交结果无效，从其他合格候选人中另行确定或重新开展采购"),
		/** 撤销合同，另行确定或重新开展. */
		CANCEL_CONTRACT_AND_NEXT_CANDIDATE("撤销合同，从其他合格候选人中另行确定或重新开展采购"),
		/** 依法承担赔偿责任. */
		DAMAGES("由责任人依法承担赔偿责任");

		private final String label;

		Consequence(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public Consequence consequence(Stage stage) {
		return switch (stage) {
			case BEFORE_AWARD -> Consequence.RESTART;
			case AWARDED -> Consequence.VOID_AND_NEXT_CANDIDATE;
			case SIGNED -> Consequence.CANCEL_CONTRACT_AND_NEXT_CANDIDATE;
			case PERFORMED -> Consequence.DAMAGES;
		};
	}

	/** The consequence as the decision record cites it. */
	public RuleViolation decision(Stage stage) {
		return ProcurementRule.BREACH_AFFECTING_RESULT.violation(consequence(stage).label());
	}

}
