package org.govbuy.procurement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.govbuy.procurement.domain.NoticeKind;

/** A notice published on the portal. */
public record Notice(UUID id, UUID projectId, NoticeKind kind, String title, String body, Instant publishedAt) {

	public LocalDate publishedOn() {
		return LocalDate.ofInstant(publishedAt, ZoneId.of("Asia/Shanghai"));
	}

	public String kindLabel() {
		return kind.label();
	}

}
