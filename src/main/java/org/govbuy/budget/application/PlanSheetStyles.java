package org.govbuy.budget.application;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the official sheet: thin borders on every cell of the table. */
final class PlanSheetStyles {

	final CellStyle title;

	final CellStyle bold;

	final CellStyle plain;

	final CellStyle right;

	final CellStyle header;

	final CellStyle text;

	final CellStyle centre;

	final CellStyle money;

	final CellStyle moneyBold;

	final CellStyle totalLabel;

	PlanSheetStyles(Workbook workbook) {
		Font boldFont = workbook.createFont();
		boldFont.setBold(true);
		Font titleFont = workbook.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 16);
		short format = workbook.createDataFormat().getFormat("#,##0.00");
		this.title = workbook.createCellStyle();
		this.title.setFont(titleFont);
		this.title.setAlignment(HorizontalAlignment.CENTER);
		this.title.setVerticalAlignment(VerticalAlignment.CENTER);
		this.bold = workbook.createCellStyle();
		this.bold.setFont(boldFont);
		this.plain = workbook.createCellStyle();
		this.plain.setVerticalAlignment(VerticalAlignment.CENTER);
		this.right = workbook.createCellStyle();
		this.right.setAlignment(HorizontalAlignment.RIGHT);
		this.right.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header = bordered(workbook);
		this.header.setFont(boldFont);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setWrapText(true);
		this.text = bordered(workbook);
		this.text.setWrapText(true);
		this.centre = bordered(workbook);
		this.centre.setAlignment(HorizontalAlignment.CENTER);
		this.money = bordered(workbook);
		this.money.setDataFormat(format);
		this.moneyBold = bordered(workbook);
		this.moneyBold.setDataFormat(format);
		this.moneyBold.setFont(boldFont);
		this.totalLabel = bordered(workbook);
		this.totalLabel.setFont(boldFont);
		this.totalLabel.setAlignment(HorizontalAlignment.CENTER);
	}

	private static CellStyle bordered(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

}
