package org.govbuy.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.junit.jupiter.api.Test;

/** Model contracts per service type (seed 004: 合同范本). */
class ContractTemplatesTests {

	final ContractTemplates templates = new ContractTemplates();

	@Test
	void everyTemplateFillsEveryWrittenMandatoryClauseSoOnlyPriceAndTermComeFromTheAward() {
		for (Template template : Template.values()) {
			Map<Clause, String> clauses = templates.fill(template, Map.of());
			clauses.put(Clause.PRICE, "¥1.00");
			clauses.put(Clause.TERM, "2027年1月1日至2027年12月31日");
			assertThat(new MandatoryClauses().check(clauses)).as(template.title()).isEmpty();
		}
	}

	@Test
	void placeholdersAreFilledAndAnUnknownOneStaysVisibleForThePurchaser() {
		Map<Clause, String> clauses = templates.fill(Template.ELDERLY_CARE,
				Map.of("服务内容", "为失能老人提供上门服务。", "付款期限", "20"));
		assertThat(clauses.get(Clause.SCOPE)).contains("提供以下养老服务：为失能老人提供上门服务。具体服务项目").doesNotContain("为为", "。。");
		assertThat(clauses.get(Clause.QUALITY)).contains("{{服务标准}}");
		assertThat(clauses.get(Clause.PAYMENT)).contains("20日内");
	}

	@Test
	void theServiceTypeIsSuggestedFromWhatIsBought() {
		assertThat(templates.suggest("市社会福利院护理服务社会化运营项目")).isEqualTo(Template.ELDERLY_CARE);
		assertThat(templates.suggest("高校毕业生就业见习服务")).isEqualTo(Template.EMPLOYMENT);
		assertThat(templates.suggest("中小学课后服务")).isEqualTo(Template.EDUCATION);
		assertThat(templates.suggest("家庭医生签约服务 基本公共卫生")).isEqualTo(Template.HEALTH);
		assertThat(templates.suggest("机关办公楼物业管理")).isEqualTo(Template.GENERAL);
	}

}
