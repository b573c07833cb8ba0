package org.govbuy.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

/**
 * What every PDF the platform prints shares — the contract, the evaluation report, the
 * survey slips: an embedded Chinese font, "第 N 页 共 M 页" at the foot of each page, and
 * dates written 2026年4月1日.
 */
public final class ChinesePdf {

	/**
	 * Where Debian and common distributions install CJK fonts (TTC index of Simplified
	 * Chinese).
	 */
	public static final List<String> KNOWN_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");

	private ChinesePdf() {
	}

	/**
	 * The font to embed.
	 * @param configured a font file (with ",index" for collections), or null or blank to
	 * use the first known one installed
	 * @throws IllegalStateException when no Chinese font is found or it cannot be read
	 */
	public static BaseFont font(String configured) {
		String path = Optional.ofNullable(configured)
			.filter(text -> !text.isBlank())
			.or(() -> KNOWN_FONTS.stream()
				.filter(candidate -> Files.exists(Path.of(candidate.split(",")[0])))
				.findFirst())
			.orElseThrow(
					() -> new IllegalStateException("未找到中文字体：请安装 fonts-wqy-microhei（Debian）或以 govbuy.pdf.font 指定字体文件"));
		try {
			return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("无法加载中文字体 " + path, ex);
		}
	}

	/**
	 * Stamps "第 N 页 共 M 页" at the foot of every page.
	 * @param document the PDF
	 * @param font the document's font
	 * @param what what the document is, for the error message (合同, 绩效评价报告)
	 */
	public static byte[] numbered(byte[] document, BaseFont font, String what) {
		try {
			PdfReader reader = new PdfReader(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfStamper stamper = new PdfStamper(reader, out);
			int pages = reader.getNumberOfPages();
			for (int page = 1; page <= pages; page++) {
				Rectangle size = reader.getPageSize(page);
				ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_CENTER,
						new Phrase("第 " + page + " 页 共 " + pages + " 页", new Font(font, 9)),
						(size.getLeft() + size.getRight()) / 2, size.getBottom() + 30, 0);
			}
			stamper.close();
			reader.close();
			return out.toByteArray();
		}
		catch (IOException | DocumentException ex) {
			throw new IllegalStateException(what + " PDF 页码生成失败", ex);
		}
	}

	/** 2026年4月1日, or a blank date to fill in by hand. */
	public static String chineseDate(LocalDate date) {
		return date == null ? "　　　　年　　月　　日"
				: date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
