package org.govbuy.contract.document;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.govbuy.platform.ChinesePdf;
import org.govbuy.contract.document.ContractText.Deposit;
import org.govbuy.contract.document.ContractText.Instalment;
import org.govbuy.contract.document.ContractText.Party;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.shared.Money;

/**
 * Renders a contract as a Chinese contract with an embedded Chinese font: title and
 * number, both parties' legal details (a blank line where a detail is not recorded),
 * numbered articles (第一条 …), dates in Chinese form, the amount in figures and in 人民币大写,
 * the 履约保证金 and the payment schedule, signature and seal blocks for both parties kept
 * together, and "第 N 页 共 M 页" on every page. Redaction for publication (条例50, 102 §23:
 * only state and commercial secrets) blanks the clauses the purchaser marks as secret.
 */
public final class ContractPdf {

	/** A blank line to fill in by hand where the platform has not recorded a detail. */
	static final String BLANK = "________________";

	private final BaseFont font;

	/**
	 * @param configuredFont a font file (with ",index" for collections), or null to use
	 * the first known one installed
	 */
	public ContractPdf(String configuredFont) {
		this.font = ChinesePdf.font(configuredFont);
	}

	public byte[] render(ContractText contract) {
		return render(contract, false, List.of());
	}

	/** The version published on the portal, with the secret clauses blanked. */
	public byte[] redacted(ContractText contract, List<Clause> secretClauses) {
		return render(contract, true, secretClauses);
	}

	private byte[] render(ContractText contract, boolean redacted, List<Clause> secret) {
		Font title = new Font(font, 18, Font.BOLD);
		Font heading = new Font(font, 12, Font.BOLD);
		Font body = new Font(font, 11);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 64, 64, 60, 64);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(contract.title());
			document.open();
			Paragraph head = new Paragraph(contract.title(), title);
			head.setAlignment(Element.ALIGN_CENTER);
			head.setSpacingAfter(6);
			document.add(head);
			Paragraph number = new Paragraph("合同编号：" + contract.number() + (redacted ? "（公开版）" : ""), body);
			number.setAlignment(Element.ALIGN_RIGHT);
			number.setSpacingAfter(12);
			document.add(number);
			document.add(party("甲方（购买主体）", contract.purchaser(), heading, body));
			document.add(party("乙方（承接主体）", contract.provider(), heading, body));
			Paragraph preamble = new Paragraph("根据《中华人民共和国民法典》《中华人民共和国政府采购法》和《政府购买服务管理办法》（财政部令第102号）等规定，"
					+ "甲乙双方在平等、自愿、公平、诚实信用的基础上，就" + contract.title().replaceFirst("合同$", "") + "事宜，经协商一致，订立本合同，共同遵守。",
					body);
			preamble.setFirstLineIndent(22);
			preamble.setSpacingBefore(8);
			preamble.setLeading(18);
			document.add(preamble);
			Paragraph summary = new Paragraph("合同金额：" + amount(contract.amount()) + "；履行期限："
					+ chineseDate(contract.start()) + "至" + chineseDate(contract.end()) + "。", body);
			summary.setFirstLineIndent(22);
			summary.setLeading(18);
			document.add(summary);
			int article = 1;
			for (Map.Entry<Clause, String> clause : contract.clauses().entrySet()) {
				String text = redacted && secret.contains(clause.getKey()) ? "（本条涉及商业秘密，依法不予公开）"
						: chineseDates(clause.getValue());
				article(document, article++, clause.getKey().label(), text, heading, body);
			}
			Deposit deposit = contract.deposit();
			String depositText = deposit == null || deposit.amount() == null || deposit.amount().isZero()
					? "本合同不收取履约保证金。"
					: "乙方应于本合同签订前向甲方提交履约保证金" + amount(deposit.amount())
							+ (deposit.form() == null ? "" : "，以" + deposit.form() + "形式提交")
							+ "。合同履行完毕、经甲方验收合格后，甲方按规定及时退还履约保证金。";
			article(document, article++, "履约保证金", depositText, heading, body);
			article(document, article++, "付款计划", scheduleIntro(contract), heading, body);
			if (!contract.schedule().isEmpty()) {
				document.add(schedule(contract.schedule(), body));
			}
			// The last article, the end mark and both signature blocks stay on one page.
			PdfPTable closing = new PdfPTable(1);
			closing.setWidthPercentage(100);
			closing.setKeepTogether(true);
			closing.setSplitLate(true);
			PdfPCell last = new PdfPCell();
			last.setBorder(Rectangle.NO_BORDER);
			last.setPadding(0);
			last.addElement(article(article, "合同生效及其他",
					"本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同未尽事宜，由双方协商一致后签订补充协议，补充协议与本合同具有同等法律效力。", heading, body));
			Paragraph end = new Paragraph("（以下无正文）", body);
			end.setAlignment(Element.ALIGN_CENTER);
			end.setSpacingBefore(10);
			last.addElement(end);
			last.addElement(signatures(contract, body));
			closing.addCell(last);
			document.add(closing);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("合同 PDF 生成失败", ex);
		}
		return numbered(out.toByteArray());
	}

	private static void article(Document document, int n, String label, String text, Font heading, Font body)
			throws DocumentException {
		document.add(article(n, label, text, heading, body));
	}

	/**
	 * An article: its number and name, then its text indented, never split from each
	 * other (a borderless one-cell table keeps them on one page).
	 */
	private static PdfPTable article(int n, String label, String text, Font heading, Font body) {
		Paragraph name = new Paragraph(18, "第" + chineseNumber(n) + "条　" + label, heading);
		Paragraph content = new Paragraph(18, text == null ? "" : text.strip(), body);
		content.setFirstLineIndent(22);
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		cell.setPaddingTop(8);
		cell.addElement(name);
		cell.addElement(content);
		PdfPTable article = new PdfPTable(1);
		article.setWidthPercentage(100);
		article.setKeepTogether(true);
		article.addCell(cell);
		return article;
	}

	private static PdfPTable party(String role, Party party, Font heading, Font body) {
		PdfPTable table = new PdfPTable(new float[] { 2.8f, 5 });
		table.setWidthPercentage(100);
		table.setSpacingAfter(6);
		table.setKeepTogether(true);
		PdfPCell name = new PdfPCell(new Phrase(role + "：" + blankIfNone(party.name()), heading));
		name.setColspan(2);
		name.setBorder(Rectangle.NO_BORDER);
		name.setPaddingBottom(4);
		table.addCell(name);
		detail(table, "住所（地址）", party.address(), body);
		detail(table, "统一社会信用代码", party.creditCode(), body);
		detail(table, "法定代表人（负责人）", party.representative(), body);
		detail(table, "联系人及电话", party.contact() == null && party.phone() == null ? null
				: blankIfNone(party.contact()) + "　" + blankIfNone(party.phone()), body);
		detail(table, "开户银行", party.bank(), body);
		detail(table, "银行账号", party.account(), body);
		return table;
	}

	private static void detail(PdfPTable table, String label, String value, Font body) {
		PdfPCell key = new PdfPCell(new Phrase(label + "：", body));
		key.setBorder(Rectangle.NO_BORDER);
		key.setPaddingLeft(22);
		table.addCell(key);
		PdfPCell content = new PdfPCell(new Phrase(blankIfNone(value), body));
		content.setBorder(Rectangle.NO_BORDER);
		table.addCell(content);
	}

	private static String blankIfNone(String value) {
		return value == null || value.isBlank() ? BLANK : value.strip();
	}

	private static String scheduleIntro(ContractText contract) {
		String days = contract.paymentDays() > 0 ? contract.paymentDays() + "日" : "合同约定期限";
		if (contract.schedule().isEmpty()) {
			return "甲方按本合同资金结算方式条款的约定分期支付合同价款，每期服务经甲方验收合格后" + days + "内支付；付款节点及金额：" + BLANK + "。";
		}
		return "甲方按下表履约节点分期支付，每一节点经甲方验收合格后" + days + "内支付该节点款项：";
	}

	private static PdfPTable schedule(List<Instalment> instalments, Font body) {
		PdfPTable table = new PdfPTable(new float[] { 0.8f, 5, 2.4f, 2.4f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(6);
		table.setHeaderRows(1);
		for (String header : List.of("期次", "履约节点", "付款金额（元）", "计划完成日期")) {
			PdfPCell cell = new PdfPCell(new Phrase(header, body));
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			cell.setPadding(4);
			table.addCell(cell);
		}
		int n = 1;
		for (Instalment instalment : instalments) {
			cell(table, String.valueOf(n++), Element.ALIGN_CENTER, body);
			cell(table, instalment.title(), Element.ALIGN_LEFT, body);
			cell(table, instalment.amount() == null ? BLANK : instalment.amount().format(), Element.ALIGN_RIGHT, body);
			cell(table, chineseDate(instalment.due()), Element.ALIGN_CENTER, body);
		}
		return table;
	}

	private static void cell(PdfPTable table, String text, int alignment, Font body) {
		PdfPCell cell = new PdfPCell(new Phrase(text, body));
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(4);
		table.addCell(cell);
	}

	private static PdfPTable signatures(ContractText contract, Font body) {
		PdfPTable table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setSpacingBefore(24);
		table.setKeepTogether(true);
		String date = contract.signedOn() == null ? "　　　　年　　月　　日" : chineseDate(contract.signedOn());
		table.addCell(signature("甲方（盖章）：", contract.purchaser().name(), date, body));
		table.addCell(signature("乙方（盖章）：", contract.provider().name(), date, body));
		return table;
	}

	private static PdfPCell signature(String role, String name, String date, Font body) {
		Paragraph block = new Paragraph();
		block.setLeading(30);
		block.add(new Chunk(role, body));
		block.add(Chunk.NEWLINE);
		block.add(new Chunk(blankIfNone(name), body));
		block.add(Chunk.NEWLINE);
		block.add(new Chunk("法定代表人或授权代表（签字）：", body));
		block.add(Chunk.NEWLINE);
		block.add(new Chunk(BLANK, body));
		block.add(Chunk.NEWLINE);
		block.add(new Chunk("签订日期：" + date, body));
		PdfPCell cell = new PdfPCell();
		cell.addElement(block);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingRight(12);
		cell.setMinimumHeight(150);
		return cell;
	}

	private byte[] numbered(byte[] document) {
		return ChinesePdf.numbered(document, font, "合同");
	}

	private static String amount(Money money) {
		return "人民币" + money.toChineseUppercaseWithoutPrefix() + "（" + money.format() + "）";
	}

	/** 2026年4月1日. */
	public static String chineseDate(LocalDate date) {
		return ChinesePdf.chineseDate(date);
	}

	private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

	/**
	 * ISO dates in a clause's text (terms written before dates were Chinese) in Chinese
	 * form.
	 */
	static String chineseDates(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = ISO_DATE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Integer.parseInt(matcher.group(1)) + "年" + Integer.parseInt(matcher.group(2))
					+ "月" + Integer.parseInt(matcher.group(3)) + "日");
		}
		matcher.appendTail(out);
		return out.toString().replace("日 至 ", "日至");
	}

	static String chineseNumber(int n) {
		String[] digits = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
		if (n <= 10) {
			return digits[n];
		}
		return n < 20 ? "十" + digits[n - 10] : digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
	}

}
