package org.govbuy.contract.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.shared.Money;

/**
 * What a contract document prints: the parties, the amount, the term and the clauses.
 *
 * @param number contract number
 * @param title contract title
 * @param purchaser 甲方 (购买主体)
 * @param provider 乙方 (承接主体)
 * @param amount contract amount
 * @param start first day of performance
 * @param end last day of performance
 * @param clauses the mandatory clauses' text, in order
 * @param signedOn the signing date, or null for a draft
 */
public record ContractText(String number, String title, String purchaser, String provider, Money amount,
		LocalDate start, LocalDate end, Map<Clause, String> clauses, LocalDate signedOn) {

	public ContractText {
		clauses = new LinkedHashMap<>(clauses);
	}

}
