package org.govbuy.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;

/**
 * A performance evaluation became final: every party scored, the provider's objection (if
 * any) was answered, the grade stands. Provider credit, contract renewal, budget review,
 * disclosure and supervision react to it (102令 第二十一条: results are the basis of the next
 * selection of providers and of budgets).
 *
 * @param evaluationId the evaluation
 * @param contractId the contract evaluated
 * @param contractNumber its number
 * @param title its title
 * @param unitId the purchasing unit
 * @param unitName its name
 * @param region the unit's region
 * @param providerId the provider (承接主体)
 * @param providerName its name
 * @param catalogCode the catalog item the service was bought under, or null if unknown
 * @param kind annual or at completion
 * @param periodStartsOn first day of the period evaluated
 * @param periodEndsOn last day of the period evaluated
 * @param score the combined score of record (0 to 100, not rounded before grading)
 * @param grade 优, 良, 中 or 差
 * @param completedOn the day it became final
 */
public record EvaluationCompleted(UUID evaluationId, UUID contractId, String contractNumber, String title, UUID unitId,
		String unitName, RegionCode region, UUID providerId, String providerName, String catalogCode,
		EvaluationKind kind, LocalDate periodStartsOn, LocalDate periodEndsOn, BigDecimal score, PerformanceGrade grade,
		LocalDate completedOn) {
}
