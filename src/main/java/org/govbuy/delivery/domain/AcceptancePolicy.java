package org.govbuy.delivery.domain;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.contract.ContractRule;
import org.govbuy.shared.RuleViolation;

/**
 * What an acceptance (验收书) must hold under 《政府采购法实施条例》第四十五条: each standard of the
 * contract with how it was met and the findings (GPLR-45); for a public service, a
 * service recipient who took part and gave an opinion (GPLR-45-R).
 */
public final class AcceptancePolicy {

	/**
	 * One standard checked.
	 *
	 * @param standard the technical, service or safety standard of the contract
	 * @param performance how the provider met it
	 */
	public record StandardCheck(String standard, String performance) {
	}

	/**
	 * Someone who took part.
	 *
	 * @param name their name
	 * @param role in what capacity
	 * @param opinion their opinion
	 */
	public record Participant(String name, ParticipantRole role, String opinion) {
	}

	/**
	 * The breaches of the acceptance rules, empty when the acceptance may be recorded.
	 */
	public List<RuleViolation> check(List<StandardCheck> standards, String findings, boolean publicService,
			List<Participant> participants) {
		return check(standards, findings, publicService, false, participants);
	}

	/**
	 * As {@link #check(List, String, boolean, List)}; a technically complex purchase also
	 * has a testing body (第三方机构) among the participants (法41).
	 */
	public List<RuleViolation> check(List<StandardCheck> standards, String findings, boolean publicService,
			boolean technicallyComplex, List<Participant> participants) {
		List<RuleViolation> violations = new ArrayList<>();
		if (standards == null || standards.isEmpty()) {
			violations.add(ContractRule.ACCEPTANCE_STANDARDS.violation("未列明检查的合同标准及其履约情况"));
		}
		else if (standards.stream().anyMatch(check -> blank(check.standard()) || blank(check.performance()))) {
			violations.add(ContractRule.ACCEPTANCE_STANDARDS.violation("每一项标准都须写明履约情况"));
		}
		if (blank(findings)) {
			violations.add(ContractRule.ACCEPTANCE_STANDARDS.violation("未填写验收结论（验收意见）"));
		}
		if (publicService && (participants == null || participants.stream()
			.noneMatch(p -> p.role() == ParticipantRole.RECIPIENT && !blank(p.name()) && !blank(p.opinion())))) {
			violations.add(ContractRule.ACCEPTANCE_RECIPIENTS.violation("本项目向社会公众提供服务，参与验收的人员中没有出具意见的服务对象"));
		}
		if (technicallyComplex && (participants == null
				|| participants.stream().noneMatch(p -> p.role() == ParticipantRole.THIRD_PARTY && !blank(p.name())))) {
			violations.add(ContractRule.ACCEPTANCE_TESTING_BODY.violation("本项目技术复杂，应邀请国家认可的质量检测机构（第三方机构）参与验收"));
		}
		return violations;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
