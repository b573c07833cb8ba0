package org.govbuy.budget.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an import of plan lines from a spreadsheet did: either every row was added, or
 * none was and {@code errors} says why, row by row.
 *
 * @param imported how many lines were added (0 when any row failed)
 * @param alreadyImported the same file was imported into the plan before; nothing was
 * done
 * @param importedAt when the file was imported, if it was already
 * @param errors every failing row, in row order (empty when imported)
 */
public record LineImportResult(int imported, boolean alreadyImported, OffsetDateTime importedAt,
		List<RowError> errors) {

	public LineImportResult {
		errors = List.copyOf(errors);
	}

	/**
	 * Why a row of the spreadsheet was refused.
	 *
	 * @param row the row number as Excel shows it
	 * @param field the column, if one is to blame
	 * @param message the Chinese reason
	 * @param rule the id of the rule that refused it, if a rule did
	 * @param value the cell's content as read (null when the cell is empty or no single
	 * cell is to blame)
	 */
	public record RowError(int row, String field, String message, String rule, String value) {

		public RowError(int row, String field, String message, String rule) {
			this(row, field, message, rule, null);
		}

		/** The same error with the content of the cell to blame. */
		public RowError withValue(String value) {
			return new RowError(row, field, message, rule, value == null || value.isEmpty() ? null : value);
		}

		/** "第3行 本年度预算金额（元）：…" for messages. */
		public String describe() {
			return "第" + row + "行" + (field == null ? "" : " " + field) + "：" + message
					+ (rule == null ? "" : "（规则 " + rule + "）");
		}

	}

	public boolean succeeded() {
		return errors.isEmpty();
	}

}
