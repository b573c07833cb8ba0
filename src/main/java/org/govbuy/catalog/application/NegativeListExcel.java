package org.govbuy.catalog.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.catalog.domain.NegativeListEntry;
import org.govbuy.platform.InvalidInputException;

/**
 * The negative list's wordings as an Excel workbook (POI): one row an entry with its
 * keywords (separated by 、), synonym groups (one group a line or separated by ；, words by
 * 、) and example phrasings (one a line or separated by ；).
 */
public final class NegativeListExcel {

	public static final String SHEET = "负面清单表述";

	public static final List<String> COLUMNS = List.of("条目编码", "关键词", "同义词", "例句");

	private NegativeListExcel() {
	}

	/**
	 * One data row as read.
	 *
	 * @param number its row number in the sheet (1-based, as Excel shows it)
	 * @param code the entry code
	 * @param keywords the keywords cell
	 * @param synonyms the synonyms cell
	 * @param examples the examples cell
	 */
	public record WordingRow(int number, String code, String keywords, String synonyms, String examples) {

		public List<String> keywordList() {
			return keywords == null ? List.of()
					: List.of(keywords.split("[、,，;；\\s]+")).stream().filter(w -> !w.isBlank()).toList();
		}

	}

	/** The current wordings, to edit and import again. */
	public static byte[] export(List<NegativeListEntry> entries) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(SHEET);
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i));
				sheet.setColumnWidth(i, i == 0 ? 20 * 256 : 40 * 256);
			}
			int r = 1;
			for (NegativeListEntry entry : entries) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(entry.code());
				row.createCell(1).setCellValue(String.join("、", entry.keywords()));
				row.createCell(2).setCellValue(entry.synonymsText());
				row.createCell(3).setCellValue(entry.examplesText());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The data rows; refuses a file that is not a readable workbook or lacks the headers.
	 */
	public static List<WordingRow> read(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Row header = sheet.getRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				String text = header == null ? "" : formatter.formatCellValue(header.getCell(i)).strip();
				if (!text.equals(COLUMNS.get(i))) {
					throw new InvalidInputException("file",
							"表头不符合模板：第 " + (i + 1) + " 列应为“" + COLUMNS.get(i) + "”。请先导出当前表述再修改");
				}
			}
			List<WordingRow> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String[] cells = new String[COLUMNS.size()];
				boolean empty = true;
				for (int c = 0; c < cells.length; c++) {
					String text = formatter.formatCellValue(row.getCell(c));
					cells[c] = text.isBlank() ? null : text.strip();
					empty &= text.isBlank();
				}
				if (!empty) {
					rows.add(new WordingRow(r + 1, cells[0], cells[1], cells[2], cells[3]));
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "无法读取该文件：请上传 .xlsx 格式的 Excel 工作簿");
		}
	}

}
