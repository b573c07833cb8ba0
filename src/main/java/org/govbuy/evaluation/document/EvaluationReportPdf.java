package org.govbuy.evaluation.document;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.platform.ChinesePdf;

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

/**
 * Renders the performance evaluation report (政府购买服务项目绩效评价报告) with an embedded Chinese
 * font, in the contract PDF's habits: A4, centred title, numbered sections (一、二、…),
 * bordered tables, dates in Chinese form and "第 N 页 共 M 页" on every page. The font is
 * found the way the contract PDF finds it (govbuy.pdf.font, else the first known CJK font
 * installed).
 */
public final class EvaluationReportPdf {

	/** The same candidates as the contract PDF (TTC index of Simplified Chinese). */

	static final String TITLE = "政府购买服务项目绩效评价报告";

	private static final String DASH = "—";

	private final BaseFont font;

	/**
	 * @param configuredFont a font file (with ",index" for collections), or null to use
	 * the first known one installed
	 */
	public EvaluationReportPdf(String configuredFont) {
		this.font = ChinesePdf.font(configuredFont);
	}

	/**
	 * The report.
	 * @param report what it shows (for the public copy, already masked)
	 * @param publicCopy whether it is the copy published on the portal
	 */
	public byte[] render(EvaluationReport report, boolean publicCopy) {
		Font title = new Font(font, 18, Font.BOLD);
		Font heading = new Font(font, 12, Font.BOLD);
		Font body = new Font(font, 10.5f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 60, 64);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(TITLE);
			document.open();
			Paragraph head = new Paragraph(TITLE, title);
			head.setAlignment(Element.ALIGN_CENTER);
			head.setSpacingAfter(6);
			document.add(head);
			Paragraph subtitle = new Paragraph(report.title() + "（" + report.kind().label() + "）"
					+ (publicCopy ? "（公开版）" : report.finalResult() ? "" : "（过程稿，结果以最终确认为准）"), body);
			subtitle.setAlignment(Element.ALIGN_CENTER);
			subtitle.setSpacingAfter(12);
			document.add(subtitle);
			section(document, "一、项目基本情况", heading);
			document.add(facts(report, body));
			section(document, "二、评价主体及得分", heading);
			document.add(parties(report, body));
			section(document, "三、指标评分", heading);
			document.add(indicators(report, body));
			section(document, "四、服务对象满意度调查", heading);
			document.add(text(report.responses() == 0 ? "本评价期未收到服务对象满意度调查答卷。"
					: "共收到服务对象有效答卷" + report.responses() + "份，平均满意度为"
							+ EvaluationReport.shown(report.meanSatisfaction())
							+ "%（调查匿名进行，满意度作为“服务对象满意度”指标的实际值计入各评价主体得分）。",
					body));
			section(document, "五、综合评价结果", heading);
			document.add(text(result(report), body));
			// The objection, its answer and the completion date stay on one page.
			PdfPCell closing = new PdfPCell();
			closing.setBorder(Rectangle.NO_BORDER);
			closing.setPadding(0);
			Paragraph objectionHeading = new Paragraph("六、承接主体异议及处理", heading);
			objectionHeading.setSpacingBefore(10);
			objectionHeading.setSpacingAfter(4);
			closing.addElement(objectionHeading);
			closing.addElement(objection(report, body));
			Paragraph completed = new Paragraph("评价完成日期：" + chineseDate(report.completedOn()), body);
			completed.setAlignment(Element.ALIGN_RIGHT);
			completed.setSpacingBefore(16);
			closing.addElement(completed);
			if (publicCopy) {
				Paragraph basis = new Paragraph("依据《关于坚决制止地方以政府购买服务名义违法违规融资的通知》（财预〔2017〕87号）第五条向社会公开。",
						new Font(font, 9));
				basis.setAlignment(Element.ALIGN_RIGHT);
				closing.addElement(basis);
			}
			PdfPTable block = new PdfPTable(1);
			block.setWidthPercentage(100);
			block.setKeepTogether(true);
			block.addCell(closing);
			document.add(block);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("绩效评价报告 PDF 生成失败", ex);
		}
		return numbered(out.toByteArray());
	}

	private static String result(EvaluationReport report) {
		if (report.score() == null) {
			return "尚未形成评价结果。";
		}
		return "综合得分" + EvaluationReport.shown(report.score()) + "分，评价等级为“" + report.grade().label() + "”。"
				+ "综合得分为各评价主体得分按其权重的加权平均（显示截取至两位小数，不四舍五入）；等级按未取整的得分评定：" + "90分以上为优，80分以上不满90分为良，60分以上不满80分为中，不满60分为差。";
	}

	private static void section(Document document, String name, Font heading) throws DocumentException {
		Paragraph paragraph = new Paragraph(name, heading);
		paragraph.setSpacingBefore(10);
		paragraph.setSpacingAfter(4);
		document.add(paragraph);
	}

	private static Paragraph text(String text, Font body) {
		Paragraph paragraph = new Paragraph(18, text, body);
		paragraph.setFirstLineIndent(21);
		return paragraph;
	}

	private static PdfPTable facts(EvaluationReport report, Font body) {
		PdfPTable table = new PdfPTable(new float[] { 2.2f, 5 });
		table.setWidthPercentage(100);
		row(table, body, "项目（合同）名称", report.title());
		row(table, body, "合同编号", report.contractNumber());
		row(table, body, "购买主体", report.unitName());
		row(table, body, "承接主体", report.providerName());
		row(table, body, "评价期间", chineseDate(report.periodStartsOn()) + "至" + chineseDate(report.periodEndsOn()));
		row(table, body, "评价类型", report.kind().label());
		row(table, body, "指标体系",
				report.templateName() == null ? DASH : report.templateName() + "（第" + report.templateVersion() + "版）");
		return table;
	}

	private static void row(PdfPTable table, Font body, String label, String value) {
		cell(table, label, Element.ALIGN_LEFT, body);
		cell(table, value == null ? DASH : value, Element.ALIGN_LEFT, body);
	}

	private static PdfPTable parties(EvaluationReport report, Font body) {
		PdfPTable table = new PdfPTable(new float[] { 2.2f, 4, 1.3f, 1.5f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : List.of("评价主体", "单位", "权重", "得分")) {
			cell(table, header, Element.ALIGN_CENTER, body);
		}
		for (EvaluationReport.Party party : report.parties()) {
			cell(table, party.role(), Element.ALIGN_LEFT, body);
			cell(table, party.organizationName() == null ? DASH : party.organizationName(), Element.ALIGN_LEFT, body);
			cell(table, number(party.weight()), Element.ALIGN_RIGHT, body);
			cell(table, EvaluationReport.shown(party.score()), Element.ALIGN_RIGHT, body);
		}
		return table;
	}

	private static PdfPTable indicators(EvaluationReport report, Font body) {
		List<Float> widths = new ArrayList<>(List.of(4f, 1f, 1.5f, 1.5f));
		report.parties().forEach(party -> widths.add(1.9f));
		float[] columns = new float[widths.size()];
		for (int i = 0; i < columns.length; i++) {
			columns[i] = widths.get(i);
		}
		PdfPTable table = new PdfPTable(columns);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		List<String> headers = new ArrayList<>(List.of("指标", "权重", "目标值", "实际值"));
		report.parties().forEach(party -> headers.add(party.role() + "评分"));
		for (String header : headers) {
			cell(table, header, Element.ALIGN_CENTER, body);
		}
		for (EvaluationReport.Line line : report.lines()) {
			cell(table, "　".repeat(Math.max(0, line.level() - 1)) + line.name(), Element.ALIGN_LEFT, body);
			cell(table, number(line.weight()), Element.ALIGN_RIGHT, body);
			cell(table, line.target(), Element.ALIGN_CENTER, body);
			cell(table, line.actual(), Element.ALIGN_CENTER, body);
			for (BigDecimal score : line.scores()) {
				cell(table, score == null ? DASH : EvaluationReport.shown(score), Element.ALIGN_RIGHT, body);
			}
		}
		return table;
	}

	private static PdfPTable objection(EvaluationReport report, Font body) {
		PdfPTable table = new PdfPTable(new float[] { 2.2f, 7 });
		table.setWidthPercentage(100);
		if (report.objection() == null || report.objection().isBlank()) {
			row(table, body, "异议", "承接主体在异议期内未提出异议。");
			return table;
		}
		row(table, body, "承接主体异议", report.objection());
		row(table, body, "购买主体答复", report.objectionAnswer() == null ? "尚未答复" : report.objectionAnswer());
		return table;
	}

	private static void cell(PdfPTable table, String text, int alignment, Font body) {
		PdfPCell cell = new PdfPCell(new Phrase(text == null ? DASH : text, body));
		cell.setHorizontalAlignment(alignment);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPadding(4);
		table.addCell(cell);
	}

	private static String number(BigDecimal value) {
		return value == null ? DASH : value.stripTrailingZeros().toPlainString();
	}

	private byte[] numbered(byte[] document) {
		return ChinesePdf.numbered(document, font, "绩效评价报告");
	}

	/** 2026年4月1日. */
	static String chineseDate(LocalDate date) {
		return ChinesePdf.chineseDate(date);
	}

}
