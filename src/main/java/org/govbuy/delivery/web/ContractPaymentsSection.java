package org.govbuy.delivery.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.govbuy.contract.ContractPageSection;
import org.govbuy.delivery.application.Deliveries;
import org.govbuy.delivery.application.Payments;
import org.govbuy.delivery.domain.MilestoneStatus;

import org.springframework.stereotype.Component;

/**
 * The payment requests on the contract's page: the list with the purchaser's approval,
 * and the request form for both parties while the contract is in performance (by
 * progress, or by an accepted milestone).
 */
@Component
class ContractPaymentsSection implements ContractPageSection {

	private final Payments payments;

	private final Deliveries deliveries;

	ContractPaymentsSection(Payments payments, Deliveries deliveries) {
		this.payments = payments;
		this.deliveries = deliveries;
	}

	@Override
	public String template() {
		return "delivery/contract-payments";
	}

	@Override
	public String fragment() {
		return "payments";
	}

	@Override
	public Map<String, Object> model(UUID contractId) {
		Deliveries.DeliveryContract contract = deliveries.contract(contractId);
		Map<String, Object> model = new HashMap<>();
		model.put("payments", payments.ofContract(contractId));
		model.put("paymentsOpen", contract.status().inPerformance());
		model.put("paymentsUncommitted", payments.uncommitted(contractId));
		model.put("paymentBases", Payments.Basis.values());
		model.put("paymentKey", UUID.randomUUID().toString());
		model.put("acceptedMilestones",
				deliveries.milestones(contractId)
					.stream()
					.filter(milestone -> milestone.status() == MilestoneStatus.ACCEPTED)
					.toList());
		return model;
	}

}
