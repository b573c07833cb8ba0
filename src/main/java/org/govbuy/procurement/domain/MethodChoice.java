package org.govbuy.procurement.domain;

import java.time.LocalDate;
import java.util.Set;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.shared.Money;

/**
 * What the method policy needs to judge a purchaser's choice of method.
 *
 * @param method the method chosen
 * @param amount the project's budget amount
 * @param openTenderThreshold the region's 公开招标数额标准 on the start date
 * @param procurementLimit the region's 采购限额标准 on the start date
 * @param inCentralizedCatalog whether the item is in the region's 集中采购目录
 * @param fiscalFunds whether fiscal funds pay for it
 * @param grounds the legal grounds the purchaser claims for a method other than open
 * tender
 * @param approvals the approvals on file for departing from open tender
 * @param procurementStart when the procurement starts
 * @param rationale the published reason for a way outside procurement law
 */
public record MethodChoice(ProcurementMethod method, Money amount, Money openTenderThreshold, Money procurementLimit,
		boolean inCentralizedCatalog, boolean fiscalFunds, Set<MethodGround> grounds, Approvals approvals,
		LocalDate procurementStart, String rationale) {

	public MethodChoice {
		grounds = grounds == null ? Set.of() : Set.copyOf(grounds);
		approvals = approvals == null ? Approvals.NONE : approvals;
	}

	/**
	 * The approvals a departure from open tender needs (法27; 条例23).
	 *
	 * @param competentUnitConsent consent of the 主管预算单位
	 * @param financeApproval approval of a finance department at 设区的市 level or above
	 * @param approvedOn when the later of the two was given
	 */
	public record Approvals(boolean competentUnitConsent, boolean financeApproval, LocalDate approvedOn) {

		public static final Approvals NONE = new Approvals(false, false, null);

		boolean completeBefore(LocalDate start) {
			return competentUnitConsent && financeApproval && approvedOn != null && start != null
					&& !approvedOn.isAfter(start);
		}

	}

}
