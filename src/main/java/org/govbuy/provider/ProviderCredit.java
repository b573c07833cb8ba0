package org.govbuy.provider;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The credit record other modules add to: evaluation grades, sanctions, false complaints.
 * Events accumulate on the provider and show on its pages.
 */
public interface ProviderCredit {

	/**
	 * Records an event.
	 * @param providerId the provider
	 * @param kind a short code such as {@code EVALUATION_GRADE} or {@code SANCTION}
	 * @param description what happened, in Chinese
	 * @param source the module that records it
	 * @param occurredOn when it happened
	 */
	void record(UUID providerId, String kind, String description, String source, LocalDate occurredOn);

}
