package org.govbuy.procurement.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.RuleViolation;

/**
 * Project-specific supplier conditions and scoring factors may not discriminate (条例20;
 * 102 §7; 87令 §17): a named brand or supplier, a region or industry limit on past
 * performance, an ownership, organization form or location requirement, or scale (注册资本,
 * 资产总额, 营业收入, 从业人员, 利润, 纳税额). Each condition is checked for the patterns that show it.
 */
public final class SupplierConditionPolicy {

	/** Pattern → why it discriminates. Ordered so the most specific reason is named. */
	static final Map<String, String> PATTERNS = new LinkedHashMap<>();

	static {
		PATTERNS.put("注册资本", "以注册资本（规模条件）作为资格要求或评审因素");
		PATTERNS.put("资产总额", "以资产总额（规模条件）作为资格要求或评审因素");
		PATTERNS.put("营业收入", "以营业收入（规模条件）作为资格要求或评审因素");
		PATTERNS.put("从业人员", "以从业人员数量（规模条件）作为资格要求或评审因素");
		PATTERNS.put("员工人数", "以从业人员数量（规模条件）作为资格要求或评审因素");
		PATTERNS.put("利润", "以利润（规模条件）作为资格要求或评审因素");
		PATTERNS.put("纳税额", "以纳税额（规模条件）作为资格要求或评审因素");
		PATTERNS.put("国有", "限定所有制形式");
		PATTERNS.put("本地", "限定供应商所在地");
		PATTERNS.put("本市", "限定供应商所在地");
		PATTERNS.put("注册地", "限定供应商所在地");
		PATTERNS.put("设立分支机构", "要求在当地设立分支机构");
		PATTERNS.put("品牌", "指定品牌");
		PATTERNS.put("专利", "指定专利");
		PATTERNS.put("本地区业绩", "以特定地区的业绩作为条件");
		PATTERNS.put("本省业绩", "以特定地区的业绩作为条件");
		PATTERNS.put("本市业绩", "以特定地区的业绩作为条件");
		PATTERNS.put("获得过本单位", "以曾在本单位中标或合作为条件");
	}

	/**
	 * The conditions that discriminate, one violation each, naming the condition and why.
	 */
	public List<RuleViolation> check(List<String> conditions) {
		List<RuleViolation> violations = new ArrayList<>();
		for (String condition : conditions) {
			if (condition == null || condition.isBlank()) {
				continue;
			}
			PATTERNS.entrySet()
				.stream()
				.filter(pattern -> condition.contains(pattern.getKey()))
				.findFirst()
				.ifPresent(pattern -> violations.add(ProcurementRule.DISCRIMINATORY_CONDITIONS
					.violation("“" + condition.trim() + "”" + pattern.getValue())));
		}
		return violations;
	}

}
