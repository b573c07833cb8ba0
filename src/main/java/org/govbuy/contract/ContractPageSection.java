package org.govbuy.contract;

import java.util.Map;
import java.util.UUID;

/**
 * A section another module adds to the contract's page (delivery adds the payment
 * requests): a Thymeleaf fragment and the model it needs. The contract page shows each
 * section without knowing what it holds.
 */
public interface ContractPageSection {

	/** The template that holds the fragment, e.g. {@code delivery/contract-payments}. */
	String template();

	/** The fragment's name within the template. */
	String fragment();

	/** The fragment's model for this contract as the current user sees it. */
	Map<String, Object> model(UUID contractId);

}
