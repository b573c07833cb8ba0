package org.govbuy.contract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.shared.Money;
import org.govbuy.support.PdfText;
import org.junit.jupiter.api.Test;

/** The contract PDF carries the Chinese party names and the amount in 人民币大写, as text. */
class ContractPdfTests {

	ContractPdf pdf = new ContractPdf(null);

	ContractText contract = new ContractText("ZB-MZ-2027-001", "淄博市社区居家养老上门服务政府购买服务合同", "淄博市民政局", "淄博市颐康居家养老服务中心",
			Money.of("1234567.89"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), clauses(),
			LocalDate.of(2026, 12, 20));

	@Test
	void containsThePartiesAndTheAmountInChineseCapitals() throws IOException {
		String text = text(pdf.render(contract));
		assertThat(text).contains("淄博市民政局").contains("淄博市颐康居家养老服务中心");
		assertThat(text).contains("人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分").contains("¥1,234,567.89");
		assertThat(text).contains("违约责任");
		Files.createDirectories(Path.of("target", "pdf"));
		Files.write(Path.of("target", "pdf", "contract-sample.pdf"), pdf.render(contract));
	}

	@Test
	void blanksOnlyTheSecretClausesInThePublishedVersion() throws IOException {
		String text = text(pdf.redacted(contract, List.of(Clause.PRICE)));
		assertThat(text).contains("公开版").contains("依法不予公开").doesNotContain("含人工、交通、耗材");
		assertThat(text).contains("每月上门服务不少于8次");
	}

	private static Map<Clause, String> clauses() {
		Map<Clause, String> clauses = new LinkedHashMap<>();
		clauses.put(Clause.SCOPE, "为张店区、博山区60周岁以上失能、半失能老人提供社区居家养老上门服务。");
		clauses.put(Clause.QUANTITY, "服务对象不少于800人，每月上门服务不少于8次。");
		clauses.put(Clause.PRICE, "综合单价每人每月128.60元，含人工、交通、耗材。");
		clauses.put(Clause.LIABILITY, "乙方未达到服务标准的，按月扣减服务费；违约责任依《中华人民共和国民法典》承担。");
		return clauses;
	}

	private static String text(byte[] document) throws IOException {
		return PdfText.of(document);
	}

}
