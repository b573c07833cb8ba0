package org.govbuy.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.shared.PerformanceGrade;

/**
 * What the contract module needs to know of a contract's performance evaluations,
 * implemented by the module that keeps them (evaluation), so that contract does not
 * depend on evaluation: a renewal reads the grade instead of having it typed (CON renewal
 * rule).
 */
public interface ContractEvaluations {

	/**
	 * The contract's latest final evaluation (the one at completion if there is one), or
	 * empty while none is final.
	 */
	Optional<FinalGrade> latestFinal(UUID contractId);

	/**
	 * A final evaluation result.
	 *
	 * @param evaluationId the evaluation
	 * @param grade its grade
	 * @param score its combined score
	 * @param completedOn the day it became final
	 * @param reference how the result is cited (e.g. 评价编号 and kind), in Chinese
	 */
	record FinalGrade(UUID evaluationId, PerformanceGrade grade, BigDecimal score, LocalDate completedOn,
			String reference) {
	}

}
