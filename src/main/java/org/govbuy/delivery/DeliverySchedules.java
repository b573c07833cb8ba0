package org.govbuy.delivery;

import java.util.Optional;
import java.util.UUID;

/** The delivery module's published API: the delivery schedule of a contract. */
public interface DeliverySchedules {

	/** The contract's delivery schedule, if delivery has opened one (no access check). */
	Optional<DeliverySchedule> schedule(UUID contractId);

}
