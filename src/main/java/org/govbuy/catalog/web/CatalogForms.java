package org.govbuy.catalog.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.catalog.application.CatalogManagement.ItemDraft;
import org.govbuy.catalog.domain.NegativeListEntry;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form records of the catalog pages: what a page posts, bound and validated before a
 * command runs (its field names are the pages' input names).
 */
final class CatalogForms {

	private CatalogForms() {
	}

	/**
	 * A new catalog of the user's region.
	 *
	 * @param fiscalYear its budget year
	 * @param name its name (optional)
	 */
	record NewCatalogForm(@NotNull(message = "请填写预算年度") Integer fiscalYear, String name) {
	}

	/**
	 * An item of a draft, added or edited.
	 *
	 * @param code 编码 (for an edit, the path's code)
	 * @param name 名称
	 * @param nature 性质
	 * @param pinmuCode 品目编码
	 * @param description 说明
	 */
	record ItemForm(String code, String name, ItemNature nature, String pinmuCode, String description) {

		ItemDraft draft(String code) {
			return new ItemDraft(code, name, nature, pinmuCode, description);
		}

	}

	/**
	 * Publishing a draft.
	 *
	 * @param effectiveFrom 生效日期 (today or the year's start when empty)
	 * @param lateReason why it is published after the deadline
	 */
	record PublishForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom, String lateReason) {
	}

	/**
	 * A note with a command: an adjustment's reason, a comment, a review.
	 *
	 * @param note the note (optional unless the command says otherwise)
	 */
	record NoteForm(String note) {
	}

	/**
	 * A comment or review text on a filed version.
	 *
	 * @param text the text
	 */
	record TextForm(String text) {
	}

	/**
	 * An uploaded workbook.
	 *
	 * @param file the .xlsx file
	 */
	record FileForm(MultipartFile file) {
	}

	/**
	 * An implementation catalog of the user's unit, or a command on it, for a year.
	 *
	 * @param fiscalYear the budget year (also where the page goes back to)
	 */
	record YearForm(@NotNull(message = "请填写预算年度") Integer fiscalYear) {
	}

	/**
	 * An entry of an implementation catalog.
	 *
	 * @param fiscalYear the budget year (where the page goes back to)
	 * @param itemCode the guiding catalog's item
	 * @param content 服务内容
	 * @param performanceStandard 绩效标准
	 */
	record EntryForm(@NotNull(message = "请填写预算年度") Integer fiscalYear, String itemCode, String content,
			String performanceStandard) {
	}

	/**
	 * Finance's wordings of a negative-list entry.
	 *
	 * @param code the entry
	 * @param keywords keywords separated by 、 , ; or spaces
	 * @param synonyms synonym groups, one a line
	 * @param examples example phrasings, one a line
	 */
	record WordingsForm(String code, String keywords, String synonyms, String examples) {

		List<String> keywordList() {
			return keywords == null ? List.of() : Arrays.asList(keywords.split("[,，、;；\\s]+"));
		}

		List<List<String>> synonymGroups() {
			return NegativeListEntry.groups(synonyms);
		}

		List<String> exampleLines() {
			return NegativeListEntry.lines(examples);
		}

	}

	/** The finance reviewer's decision on a held wording. */
	enum ReviewDecision {

		/** The wording is a lawful purchase; the screen lets exactly it pass. */
		ALLOW,
		/** The wording is a prohibited purchase; the screen refuses it. */
		EXCLUDE

	}

	/**
	 * The review of a held wording.
	 *
	 * @param wording the wording
	 * @param decision allow or exclude
	 * @param rule the rule decided on
	 * @param reason why
	 */
	record ReviewForm(String wording, @NotNull(message = "请选择排除或允许") ReviewDecision decision, String rule,
			String reason) {

		boolean allow() {
			return decision == ReviewDecision.ALLOW;
		}

	}

	/**
	 * A purchase to screen against the negative list.
	 *
	 * @param name 名称
	 * @param description 描述
	 * @param declared the attributes declared
	 */
	record CheckForm(@NotBlank(message = "请填写名称") String name, String description, List<String> declared) {

		List<String> flags() {
			return declared == null ? List.of() : declared;
		}

		PurchaseDescription purchase() {
			List<String> flags = flags();
			return new PurchaseDescription(name, description, flags.contains("goods"), flags.contains("works"),
					flags.contains("infrastructure"), flags.contains("worksServiceBundle"), flags.contains("financing"),
					flags.contains("staffHiring"), flags.contains("directGovernmentDuty"),
					flags.contains("notGovernmentDuty"), flags.contains("excludedByLaw"),
					flags.contains("privatePremisesRepair"), flags.contains("classifiedPrinting"));
		}

	}

	/**
	 * The clearance of keyword warnings.
	 *
	 * @param subject what was checked
	 * @param keywords the keywords cleared, separated by 、 or ,
	 * @param comment the reviewer's finding
	 */
	record ClearanceForm(String subject, String keywords, String comment) {

		List<String> keywordList() {
			return keywords == null ? List.of()
					: Arrays.stream(keywords.split("[,，、]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
		}

	}

}
