package org.govbuy.evaluation.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import org.govbuy.platform.ChinesePdf;
import org.govbuy.evaluation.application.Surveys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The slips of a batch as an A4 PDF to print and cut: six to a page (two columns, three
 * rows) inside dashed cutting lines, each with the service's title, the instruction, the
 * QR code (drawn as vector squares, so it prints sharp at any size) and its link. Fonts
 * as the contract PDF: {@code govbuy.pdf.font}, else the first known CJK font installed.
 */
@Component
class SurveySlipPdf {

	static final int COLUMNS = 2;

	static final int ROWS = 3;

	static final float MARGIN = 28;

	static final float QR_SIZE = 120;

	private final String configuredFont;

	private BaseFont font;

	SurveySlipPdf(@Value("${govbuy.pdf.font:}") String configuredFont) {
		this.configuredFont = configuredFont;
	}

	byte[] render(Surveys.Issued issued, List<SurveySlips.Slip> slips) {
		BaseFont base = font();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(issued.evaluation().title() + " · 服务对象满意度调查凭证");
			document.open();
			float width = (PageSize.A4.getWidth() - 2 * MARGIN) / COLUMNS;
			float height = (PageSize.A4.getHeight() - 2 * MARGIN) / ROWS;
			for (int i = 0; i < slips.size(); i++) {
				if (i > 0 && i % (COLUMNS * ROWS) == 0) {
					document.newPage();
				}
				int cell = i % (COLUMNS * ROWS);
				float left = MARGIN + (cell % COLUMNS) * width;
				float top = PageSize.A4.getHeight() - MARGIN - (cell / COLUMNS) * height;
				slip(writer.getDirectContent(), base, issued, slips.get(i), i + 1, left, top, width, height);
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("调查凭证PDF生成失败", ex);
		}
		return out.toByteArray();
	}

	private void slip(PdfContentByte canvas, BaseFont base, Surveys.Issued issued, SurveySlips.Slip slip, int number,
			float left, float top, float width, float height) throws DocumentException {
		canvas.saveState();
		canvas.setLineDash(4, 3, 0);
		canvas.setColorStroke(Color.GRAY);
		canvas.rectangle(left, top - height, width, height);
		canvas.stroke();
		canvas.restoreState();
		float pad = 12;
		float inner = width - 2 * pad;
		text(canvas, new Paragraph("服务对象满意度调查  No." + issued.batch() + "-" + number, new Font(base, 9)), left + pad,
				top - pad, inner, 14, Element.ALIGN_LEFT);
		text(canvas, new Paragraph(issued.evaluation().title(), new Font(base, 11, Font.BOLD)), left + pad, top - 28,
				inner, 30, Element.ALIGN_LEFT);
		qr(canvas, slip.qr(), left + (width - QR_SIZE) / 2, top - 62 - QR_SIZE, QR_SIZE);
		text(canvas, new Paragraph(SurveySlips.INSTRUCTION, new Font(base, 8.5f)), left + pad, top - 68 - QR_SIZE,
				inner, 24, Element.ALIGN_LEFT);
		text(canvas, new Paragraph(slip.link(), new Font(base, 7.5f)), left + pad, top - 94 - QR_SIZE, inner, 24,
				Element.ALIGN_LEFT);
	}

	private static void text(PdfContentByte canvas, Phrase phrase, float left, float top, float width, float height,
			int alignment) throws DocumentException {
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(phrase, left, top - height, left + width, top, phrase.getFont().getSize() + 3,
				alignment);
		column.go();
	}

	private static void qr(PdfContentByte canvas, BitMatrix matrix, float left, float bottom, float size) {
		float module = size / matrix.getWidth();
		canvas.saveState();
		canvas.setColorFill(Color.BLACK);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					canvas.rectangle(left + x * module, bottom + size - (y + 1) * module, module, module);
				}
			}
		}
		canvas.fill();
		canvas.restoreState();
	}

	private synchronized BaseFont font() {
		if (font == null) {
			font = ChinesePdf.font(configuredFont);
		}
		return font;
	}

}
