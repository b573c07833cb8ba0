package org.govbuy.contract.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.govbuy.contract.domain.MandatoryClauses.Clause;

/**
 * Renders a contract as PDF with an embedded Chinese font, amounts in figures and in
 * 人民币大写. Redaction for publication (条例50, 102 §23: only state and commercial secrets)
 * blanks the clauses the purchaser marks as secret.
 */
public final class ContractPdf {

	/**
	 * Where Debian and common distributions install CJK fonts (TTC index of Simplified
	 * Chinese).
	 */
	static final List<String> KNOWN_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");

	private final BaseFont font;

	/**
	 * @param configuredFont a font file (with ",index" for collections), or null to use
	 * the first known one installed
	 */
	public ContractPdf(String configuredFont) {
		String path = Optional.ofNullable(configuredFont)
			.filter(text -> !text.isBlank())
			.or(() -> KNOWN_FONTS.stream()
				.filter(candidate -> Files.exists(Path.of(candidate.split(",")[0])))
				.findFirst())
			.orElseThrow(
					() -> new IllegalStateException("未找到中文字体：请安装 fonts-wqy-microhei（Debian）或以 govbuy.pdf.font 指定字体文件"));
		try {
			this.font = BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("无法加载中文字体 " + path, ex);
		}
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
		Document document = new Document(PageSize.A4, 60, 60, 60, 60);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(contract.title());
			document.open();
			Paragraph head = new Paragraph(contract.title(), title);
			head.setAlignment(Element.ALIGN_CENTER);
			head.setSpacingAfter(6);
			document.add(head);
			Paragraph number = new Paragraph("合同编号：" + contract.number() + (redacted ? "（公开版）" : ""), body);
			number.setAlignment(Element.ALIGN_CENTER);
			number.setSpacingAfter(14);
			document.add(number);
			PdfPTable parties = new PdfPTable(new float[] { 1, 4 });
			parties.setWidthPercentage(100);
			row(parties, "甲方（购买主体）", contract.purchaser(), body);
			row(parties, "乙方（承接主体）", contract.provider(), body);
			row(parties, "合同金额", contract.amount().format() + "（" + contract.amount().toChineseUppercase() + "）", body);
			row(parties, "履行期限", contract.start() + " 至 " + contract.end(), body);
			document.add(parties);
			int section = 1;
			for (Map.Entry<Clause, String> clause : contract.clauses().entrySet()) {
				Paragraph name = new Paragraph(chineseNumber(section++) + "、" + clause.getKey().label(), heading);
				name.setSpacingBefore(10);
				document.add(name);
				String text = redacted && secret.contains(clause.getKey()) ? "（本条涉及商业秘密，依法不予公开）" : clause.getValue();
				document.add(new Paragraph(text, body));
			}
			Paragraph sign = new Paragraph("\n甲方（盖章）：" + contract.purchaser() + "\n乙方（盖章）：" + contract.provider()
					+ "\n签订日期：" + (contract.signedOn() == null ? "　　年　　月　　日" : contract.signedOn()), body);
			sign.setSpacingBefore(20);
			document.add(sign);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("合同 PDF 生成失败", ex);
		}
		return out.toByteArray();
	}

	private static void row(PdfPTable table, String label, String value, Font font) {
		table.addCell(new Paragraph(label, font));
		table.addCell(new Paragraph(value, font));
	}

	static String chineseNumber(int n) {
		String[] digits = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
		if (n <= 10) {
			return digits[n];
		}
		return n < 20 ? "十" + digits[n - 10] : digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
	}

}
