package org.govbuy.contract.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govbuy.contract.ContractRule;
import org.govbuy.shared.RuleViolation;

/** The clauses every purchase-of-services contract must have (102 §23). */
public final class MandatoryClauses {

	/** A mandatory clause. */
	public enum Clause {

		/** 服务内容. */
		SCOPE("服务内容"),
		/** 服务期限. */
		TERM("服务期限"),
		/** 服务数量. */
		QUANTITY("服务数量"),
		/** 服务质量标准. */
		QUALITY("服务质量"),
		/** 价格. */
		PRICE("价格"),
		/** 资金结算方式和支付安排. */
		PAYMENT("资金结算方式"),
		/** 双方权利义务. */
		RIGHTS_AND_OBLIGATIONS("权利义务"),
		/** 违约责任. */
		LIABILITY("违约责任"),
		/** 争议解决. */
		DISPUTES("争议解决");

		private final String label;

		Clause(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** The clauses left empty, as one violation; none when every clause has text. */
	public List<RuleViolation> check(Map<Clause, String> clauses) {
		Set<Clause> missing = EnumSet.allOf(Clause.class);
		clauses.forEach((clause, text) -> {
			if (text != null && !text.isBlank()) {
				missing.remove(clause);
			}
		});
		return missing.isEmpty() ? List.of() : List.of(ContractRule.MANDATORY_CLAUSES
			.violation("缺少：" + String.join("、", missing.stream().map(Clause::label).toList())));
	}

}
