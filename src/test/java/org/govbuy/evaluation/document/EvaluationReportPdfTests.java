package org.govbuy.evaluation.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.document.EvaluationReport.Line;
import org.govbuy.evaluation.document.EvaluationReport.Party;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.support.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The evaluation report PDF: the project, the parties with their weights and scores, the
 * indicator table with each party's score, the survey, the truncated combined score and
 * its grade, the objection and its answer, as text in the contract PDF's font.
 */
class EvaluationReportPdfTests {

	final EvaluationReportPdf pdf = new EvaluationReportPdf(null);

	static EvaluationReport report(BigDecimal score, String objection) {
		return new EvaluationReport(null, "ZB-MZ-2027-001", "淄博市社区居家养老上门服务项目", "淄博市民政局", "淄博市颐康居家养老服务中心",
				EvaluationKind.ANNUAL, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "政府购买服务项目绩效评价通用指标体系", 2,
				List.of(new Party("购买主体", "淄博市民政局", new BigDecimal("40"), new BigDecimal("92.0000")),
						new Party("第三方评价机构", "山东正衡绩效评价咨询有限公司", new BigDecimal("40"), new BigDecimal("87.9900"))),
				List.of(new Line(1, "产出", new BigDecimal("50"), "—", "—", scores("48", "45.99")),
						new Line(2, "按期完成率", new BigDecimal("20"), "100", "90", scores("18", "17.99")),
						new Line(2, "服务内容与标准落实", new BigDecimal("10"), "—", "较好",
								Arrays.asList(new BigDecimal("8"), null))),
				20, new BigDecimal("93.2500"), score, PerformanceGrade.of(score), objection,
				objection == null ? null : "维持原评分", LocalDate.of(2028, 2, 10), true);
	}

	@Test
	void showsTheProjectThePartiesTheIndicatorsTheSurveyAndTheGrade() throws IOException {
		byte[] document = pdf.render(report(new BigDecimal("89.9950"), "按期完成率评分有异议"), false);
		String text = PdfText.of(document);

		assertThat(text).contains("政府购买服务项目绩效评价报告", "淄博市社区居家养老上门服务项目", "ZB-MZ-2027-001", "2027年1月1日至2027年12月31日");
		assertThat(text).contains("政府购买服务项目绩效评价通用指标体系（第2版）", "山东正衡绩效评价咨询有限公司", "87.99");
		assertThat(text).contains("按期完成率", "17.99", "较好", "有效答卷20份", "平均满意度为93.25%");
		assertThat(text).contains("按期完成率评分有异议", "维持原评分", "2028年2月10日", "第 1 页 共");
		Files.createDirectories(Path.of("target", "pdf"));
		Files.write(Path.of("target", "pdf", "evaluation-report-sample.pdf"), document);
	}

	@Test
	void theScoreIsShownTruncatedSo89_995IsNeverShownAs90() throws IOException {
		String text = PdfText.of(pdf.render(report(new BigDecimal("89.9950"), null), false));

		assertThat(text).contains("综合得分89.99分", "“良”").doesNotContain("90.00");
		assertThat(text).contains("承接主体在异议期内未提出异议");
	}

	@Test
	void thePublicCopySaysSoAndMasksPersonalNumbers() throws IOException {
		String masked = PublicText.mask("联系人手机13812345678，身份证370302198001011234，电话0533-2345678");
		assertThat(masked).isEqualTo("联系人手机138****5678，身份证370302********1234，电话0533-****5678");

		String text = PdfText.of(pdf.render(report(new BigDecimal("95"), masked), true));
		assertThat(text).contains("（公开版）", "138****5678", "财预〔2017〕87号").doesNotContain("13812345678");
	}

	private static List<BigDecimal> scores(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

}
