package org.govbuy.procurement;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.RegionCode;

/**
 * A purchasing unit answered a bidder's challenge (质疑).
 *
 * @param challengeId the challenge
 * @param projectId the procurement challenged
 * @param unitId the purchasing unit
 * @param region the unit's region
 * @param projectName the project's name
 * @param providerId the provider who filed it
 * @param providerName its name
 * @param subject what was challenged: {@code DOCUMENTS}, {@code PROCEDURE} or
 * {@code RESULT}
 * @param outcome what the answer found: {@code NOT_UPHELD}, {@code UPHELD},
 * {@code UPHELD_AFFECTS_RESULT}, or null when not stated
 * @param filedOn the day it was filed
 * @param answeredOn the day it was answered
 * @param consequence what an upheld challenge did to the procurement (条例71), null
 * otherwise
 */
public record ChallengeAnswered(UUID challengeId, UUID projectId, UUID unitId, RegionCode region, String projectName,
		UUID providerId, String providerName, String subject, String outcome, LocalDate filedOn, LocalDate answeredOn,
		String consequence) {
}
