package org.govbuy.procurement.application;

/**
 * A member of the evaluation panel, whether they declared no conflict and how many bids
 * they scored.
 */
public record PanelMember(String username, String displayName, boolean expert, boolean declared, int scored) {
}
