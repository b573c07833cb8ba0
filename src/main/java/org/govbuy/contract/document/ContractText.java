package org.govbuy.contract.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.shared.Money;

/**
 * What a contract document prints: the parties with their legal details, the amount, the
 * term, the clauses, the deposit and the payment schedule.
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
 * @param deposit the 履约保证金, or null when none is asked
 * @param schedule the payment milestones, in order (may be empty)
 * @param paymentDays days after acceptance within which a payment is made (0 if unknown)
 */
public record ContractText(String number, String title, Party purchaser, Party provider, Money amount, LocalDate start,
		LocalDate end, Map<Clause, String> clauses, LocalDate signedOn, Deposit deposit, List<Instalment> schedule,
		int paymentDays) {

	public ContractText {
		clauses = new LinkedHashMap<>(clauses);
		schedule = schedule == null ? List.of() : List.copyOf(schedule);
	}

	/**
	 * A contract known only by its parties' names (details left blank to fill in by
	 * hand).
	 */
	public ContractText(String number, String title, String purchaser, String provider, Money amount, LocalDate start,
			LocalDate end, Map<Clause, String> clauses, LocalDate signedOn) {
		this(number, title, Party.named(purchaser), Party.named(provider), amount, start, end, clauses, signedOn, null,
				List.of(), 0);
	}

	/**
	 * A party's legal details as the contract prints them; null where the platform has
	 * not recorded the detail, printed as a blank line to fill in.
	 *
	 * @param name name
	 * @param address 住所（地址）
	 * @param creditCode 统一社会信用代码
	 * @param representative 法定代表人（负责人）
	 * @param contact 联系人
	 * @param phone 联系电话
	 * @param bank 开户银行
	 * @param account 银行账号
	 */
	public record Party(String name, String address, String creditCode, String representative, String contact,
			String phone, String bank, String account) {

		public static Party named(String name) {
			return new Party(name, null, null, null, null, null, null, null);
		}

	}

	/**
	 * The 履约保证金.
	 *
	 * @param amount amount
	 * @param form how it is given (银行保函, 支票 …)
	 */
	public record Deposit(Money amount, String form) {
	}

	/**
	 * One payment of the schedule.
	 *
	 * @param title the milestone it pays
	 * @param amount the amount, or null if not fixed
	 * @param due the milestone's due date
	 */
	public record Instalment(String title, Money amount, LocalDate due) {
	}

}
