package org.govbuy.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govbuy.procurement.domain.NoticeContentPolicy.ExpertOpinion;
import org.govbuy.procurement.domain.NoticeContentPolicy.ResultNotice;
import org.govbuy.procurement.domain.NoticeContentPolicy.SingleSourceNotice;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class NoticeAndConditionPoliciesTests {

	SupplierConditionPolicy conditions = new SupplierConditionPolicy();

	NoticeContentPolicy notices = new NoticeContentPolicy();

	@Test
	void refusesScaleLocationAndBrandConditionsRuleGPLR_20() {
		List<RuleViolation> violations = conditions
			.check(List.of("注册资本不低于500万元", "须在淄博市设立分支机构", "具有有效的民办非企业单位登记证书", "近三年具有本市业绩", "使用某品牌护理床"));
		assertThat(violations).extracting(RuleViolation::rule).containsOnly("GPLR-20").hasSize(4);
		assertThat(violations.get(0).message()).contains("注册资本").contains("规模条件");
		assertThat(conditions.check(List.of("具有独立承担民事责任的能力", "配备不少于10名持证养老护理员"))).isEmpty();
	}

	@Test
	void namesWhatAResultNoticeLacksRuleGPLR_43_N() {
		ResultNotice incomplete = new ResultNotice("淄博市民政局", "淄博市张店区人民西路", "0533-3182000", "社区居家养老上门服务",
				"ZBCG-2026-118", "淄博市颐康居家养老服务中心", "张店区华光路", Money.ofYuan(886_000), "上门助餐、助浴、助洁", List.of());
		assertThat(notices.check(incomplete)).extracting(RuleViolation::rule).containsExactly("GPLR-43-N");
		assertThat(notices.check(incomplete).get(0).message()).contains("评审专家名单");
		ResultNotice complete = new ResultNotice("淄博市民政局", "淄博市张店区人民西路", "0533-3182000", "社区居家养老上门服务", "ZBCG-2026-118",
				"淄博市颐康居家养老服务中心", "张店区华光路", Money.ofYuan(886_000), "上门助餐、助浴、助洁", List.of("郑文博", "王丽", "陈刚"));
		assertThat(notices.check(complete)).isEmpty();
	}

	@Test
	void requiresTheExpertsOpinionsWithNamesEmployersAndTitlesRuleMOF74_38() {
		SingleSourceNotice withoutTitles = new SingleSourceNotice("博山区卫生健康局", "慢性病随访信息系统运维", "原系统运维", "原开发单位拥有系统著作权",
				"淄博信和软件有限公司", "淄博市高新区", List.of(new ExpertOpinion("李明", "山东理工大学", "", "唯一")));
		assertThat(notices.check(withoutTitles)).extracting(RuleViolation::rule).containsExactly("MOF74-38");
		SingleSourceNotice complete = new SingleSourceNotice("博山区卫生健康局", "慢性病随访信息系统运维", "原系统运维", "原开发单位拥有系统著作权",
				"淄博信和软件有限公司", "淄博市高新区", List.of(new ExpertOpinion("李明", "山东理工大学", "教授", "源代码和著作权归该公司所有，其他供应商无法提供运维")));
		assertThat(notices.check(complete)).isEmpty();
	}

}
