package org.govbuy.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.shared.PerformanceGrade;

/**
 * The performance evaluation results budget review shows beside a plan line (102令 第二十一条:
 * results inform next year's budgets), implemented by the evaluation module so that
 * budget does not depend on it.
 */
public interface PastPerformance {

	/**
	 * Final results of the unit's contracts bought under the catalog item, newest first.
	 */
	List<PastGrade> ofUnitAndItem(UUID unitId, String catalogCode);

	/** The unit's final results graded 差 on or after the day given, newest first. */
	List<PastGrade> poorSince(UUID unitId, LocalDate since);

	/** A final evaluation result as budget review shows it. */
	record PastGrade(UUID evaluationId, String contractNumber, String title, UUID providerId, String providerName,
			String catalogCode, LocalDate periodEndsOn, BigDecimal score, PerformanceGrade grade,
			LocalDate completedOn) {
	}

}
