package org.govbuy.contract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.govbuy.contract.document.ContractText.Deposit;
import org.govbuy.contract.document.ContractText.Instalment;
import org.govbuy.contract.document.ContractText.Party;
import org.govbuy.contract.domain.ContractTemplates;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.shared.Money;
import org.govbuy.support.PdfText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every model contract (养老/就业/教育/卫生健康/通用), filled the way drafting fills it from an
 * approved budget line and printed, reads as a Chinese contract: the parties with their
 * legal details, articles numbered 第一条 … in order, dates in Chinese form, the deposit and
 * the payment schedule, both signature and seal blocks, page numbers, and no doubled
 * characters or fused sentences where the template meets the line's text.
 */
class ContractTemplatePdfTests {

	static final ContractPdf PDF = new ContractPdf(null);

	/** What the budget lines of the demo data say, as drafting receives it. */
	static Map<String, String> lineOf(Template template) {
		return switch (template) {
			case ELDERLY_CARE -> Map.of("服务内容", "委托社会力量承担市社会福利院失能老人护理服务。", "服务标准", "入住率不低于70%；安全责任事故为零。");
			case EMPLOYMENT -> Map.of("服务内容", "为高校毕业生和就业困难人员提供就业见习和职业技能培训", "服务标准", "见习留用率不低于30%");
			case EDUCATION -> Map.of("服务内容", "为全区中小学生提供课后托管和兴趣课程服务；", "服务标准", "每周不少于5天，每天不少于2小时");
			case HEALTH -> Map.of("服务内容", "为辖区常住居民提供家庭医生签约服务。", "服务标准", "重点人群签约率不低于75%");
			case GENERAL -> Map.of("服务内容", "为机关办公楼提供物业管理服务", "服务标准", "符合《物业服务规范》一级标准");
		};
	}

	static ContractText contract(Template template) {
		Map<String, String> values = new java.util.HashMap<>(lineOf(template));
		values.put("付款期限", "30");
		Map<Clause, String> clauses = new java.util.EnumMap<>(new ContractTemplates().fill(template, values));
		clauses.put(Clause.PRICE, "¥950,000.00（人民币玖拾伍万元整）");
		clauses.put(Clause.TERM, "2026-04-01 至 2027-03-31");
		Party purchaser = new Party("淄博市民政局", null, "11370300004185127X", null, null, null, null, null);
		Party provider = new Party("淄博市颐康养老服务中心", null, "52370300MJD6143721", "王建华", "李敏", "13905331234", "中国工商银行淄博分行",
				"1603002109200123456");
		return new ContractText("ZB-MZ-2026-002", "市社会福利院护理服务社会化运营项目合同", purchaser, provider, Money.ofYuan(950_000),
				LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), clauses, LocalDate.of(2026, 3, 20),
				new Deposit(Money.ofYuan(47_500), "银行保函"),
				List.of(new Instalment("第一季度服务（4—6月）", Money.ofYuan(237_500), LocalDate.of(2026, 6, 30)),
						new Instalment("第二季度服务（7—9月）", Money.ofYuan(237_500), LocalDate.of(2026, 9, 30))),
				30);
	}

	@ParameterizedTest
	@EnumSource(Template.class)
	void everyTemplatePrintsAsAChineseContractWithoutBrokenJoins(Template template) throws IOException {
		String raw = PdfText.of(PDF.render(contract(template)));
		String text = raw.replaceAll("[\\s\u3000]+", "");

		assertThat(text).as("no doubled characters or fused sentences at the template's joins")
			.doesNotContain("为为", "。。", "。，", "。；", "；。", "；；", "，，", "：：", "{{");
		assertThat(text).contains("合同编号：ZB-MZ-2026-002");
		assertThat(text).as("parties with their legal details")
			.contains("甲方（购买主体）：淄博市民政局", "乙方（承接主体）：淄博市颐康养老服务中心", "统一社会信用代码：52370300MJD6143721", "法定代表人（负责人）：王建华",
					"开户银行：中国工商银行淄博分行", "银行账号：1603002109200123456", "住所（地址）：____");
		List<String> articles = List.of("第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条", "第十一条",
				"第十二条");
		int at = -1;
		for (String article : articles) {
			int next = text.indexOf(article);
			assertThat(next).as(article + " follows the article before it").isGreaterThan(at);
			at = next;
		}
		assertThat(text).doesNotContain("第十三条");
		assertThat(text).as("dates in Chinese form")
			.contains("2026年4月1日至2027年3月31日", "签订日期：2026年3月20日")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		assertThat(text).as("amount in figures and 人民币大写").contains("人民币玖拾伍万元整（¥950,000.00）");
		assertThat(text).as("the deposit").contains("履约保证金人民币肆万柒仟伍佰元整（¥47,500.00），以银行保函形式提交");
		assertThat(text).as("the payment schedule")
			.contains("第一季度服务（4—6月）", "237,500.00", "2026年6月30日", "第二季度服务（7—9月）", "2026年9月30日");
		assertThat(text).as("both signature and seal blocks").contains("甲方（盖章）", "乙方（盖章）");
		assertThat(text.split("法定代表人或授权代表（签字）", -1)).hasSize(3);
		assertThat(text.split("签订日期", -1)).hasSize(3);
		int pages = new com.lowagie.text.pdf.PdfReader(PDF.render(contract(template))).getNumberOfPages();
		for (int page = 1; page <= pages; page++) {
			assertThat(raw).contains("第 " + page + " 页 共 " + pages + " 页");
		}
	}

	@Test
	void theWelfareHomeContractSpeaksOfTheWelfareHomeNotOfHomeCare() throws IOException {
		String text = PdfText.of(PDF.render(contract(Template.ELDERLY_CARE))).replaceAll("[\\s\u3000]+", "");
		assertThat(text).contains("提供以下养老服务：委托社会力量承担市社会福利院失能老人护理服务。")
			.contains("服务质量标准：入住率不低于70%；安全责任事故为零。")
			.doesNotContain("居家");
	}

	@Test
	void theSignatureBlocksStayTogetherOnTheLastPage() throws IOException {
		byte[] document = PDF.render(contract(Template.EMPLOYMENT));
		com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(document);
		try {
			com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(
					reader);
			int last = reader.getNumberOfPages();
			String lastPage = extractor.getTextFromPage(last).replaceAll("[\\s\u3000]+", "");
			assertThat(lastPage).contains("甲方（盖章）", "乙方（盖章）", "签订日期：2026年3月20日");
			for (int page = 1; page < last; page++) {
				assertThat(extractor.getTextFromPage(page)).doesNotContain("盖章）");
			}
		}
		finally {
			reader.close();
		}
		Files.createDirectories(Path.of("target", "pdf"));
		Files.write(Path.of("target", "pdf", "contract-template-sample.pdf"),
				PDF.render(contract(Template.ELDERLY_CARE)));
	}

	@Test
	void aDetailTheRegistryHasNotRecordedIsABlankLineToFillInNotAnInventedValue() throws IOException {
		ContractText known = contract(Template.GENERAL);
		ContractText unknown = new ContractText(known.number(), known.title(), known.purchaser(),
				Party.named("淄博市颐康养老服务中心"), known.amount(), known.start(), known.end(), known.clauses(), null, null,
				List.of(), 0);
		String text = PdfText.of(PDF.render(unknown)).replaceAll("[\\s\u3000]+", "");
		assertThat(text).contains("法定代表人（负责人）：____", "银行账号：____", "签订日期：年月日")
			.contains("本合同不收取履约保证金")
			.contains("付款节点及金额：____");
	}

	@Test
	void thePublishedVersionMasksThePartiesPersonalNumbersButKeepsTheCreditCode() throws IOException {
		PersonalDataMasker masker = new PersonalDataMasker();
		Party provider = contract(Template.GENERAL).provider();
		Party masked = new Party(provider.name(), provider.address(), provider.creditCode(), provider.representative(),
				provider.contact(), masker.mask(provider.phone()).text(), provider.bank(),
				masker.mask(provider.account()).text());
		ContractText full = contract(Template.GENERAL);
		ContractText published = new ContractText(full.number(), full.title(), full.purchaser(), masked, full.amount(),
				full.start(), full.end(), full.clauses(), full.signedOn(), full.deposit(), full.schedule(),
				full.paymentDays());
		String text = PdfText.of(PDF.redacted(published, List.of())).replaceAll("[\\s\u3000]+", "");
		assertThat(text).contains("公开版", "52370300MJD6143721", "1603***********3456", "139****1234")
			.doesNotContain("1603002109200123456", "13905331234");
	}

}
