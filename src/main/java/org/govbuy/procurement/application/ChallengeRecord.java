package org.govbuy.procurement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.procurement.domain.ChallengeDeadlines;
import org.govbuy.procurement.domain.ChallengeOutcome;
import org.govbuy.procurement.domain.ChallengeStatus;

/** A challenge (质疑) as stored. */
record ChallengeRecord(UUID id, UUID projectId, UUID providerId, String providerName,
		ChallengeDeadlines.Subject subject, String content, LocalDate filedOn, Instant filedAt, String answer,
		LocalDate answeredOn, ChallengeStatus status, ChallengeOutcome outcome, String consequence) {
}
