package org.govbuy.procurement.application;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.procurement.domain.ChallengeOutcome;
import org.govbuy.procurement.domain.ChallengeStatus;

/** A bidder's challenge (质疑) and its answer. */
public record Challenge(UUID id, UUID projectId, String providerName, String subject, String content, LocalDate filedOn,
		LocalDate answerDue, String answer, LocalDate answeredOn, ChallengeStatus status, ChallengeOutcome outcome,
		String consequence) {

	/** Still waiting for the purchaser's answer. */
	public boolean pending() {
		return status == ChallengeStatus.FILED;
	}

}
