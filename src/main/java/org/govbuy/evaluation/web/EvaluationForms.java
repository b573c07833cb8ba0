package org.govbuy.evaluation.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.evaluation.application.PerformanceEvaluations;
import org.govbuy.platform.InvalidInputException;

/** The forms of the evaluation pages, validated before they become commands. */
final class EvaluationForms {

	private EvaluationForms() {
	}

	/** The purchaser assigns a 第三方评价机构. */
	record AssignForm(@NotNull(message = "请选择第三方评价机构") UUID organizationId) {
	}

	/**
	 * The evaluator accepts with its declaration of independence. The fields are boxed:
	 * an unticked checkbox sends nothing, which a primitive could not bind (400 instead
	 * of the refusal on the form).
	 */
	record AcceptForm(Boolean declaredIndependent, Boolean consultedForProvider) {

		boolean declared() {
			return Boolean.TRUE.equals(declaredIndependent);
		}

		boolean consulted() {
			return Boolean.TRUE.equals(consultedForProvider);
		}

	}

	/** The provider objects. */
	record ObjectionForm(@NotBlank(message = "请填写异议内容") @Size(max = 2000, message = "异议内容不超过2000字") String objection) {
	}

	/**
	 * The purchaser answers, optionally with its adjusted scores ({@code adjust}, an
	 * unticked checkbox that sends nothing).
	 */
	record AnswerForm(@NotBlank(message = "请填写答复意见") @Size(max = 2000, message = "答复意见不超过2000字") String answer,
			Boolean adjust) {

		boolean adjusting() {
			return Boolean.TRUE.equals(adjust);
		}

	}

	/**
	 * A scoring sheet from the form's fields {@code actual[CODE]}, {@code level[CODE]},
	 * {@code note[CODE]} and {@code opinion}.
	 */
	static PerformanceEvaluations.ScoreSheet sheet(Map<String, String> fields) {
		Map<String, String> actuals = indexed(fields, "actual");
		Map<String, String> levels = indexed(fields, "level");
		Map<String, String> notes = indexed(fields, "note");
		Map<String, PerformanceEvaluations.LeafInput> leaves = new HashMap<>();
		java.util.Set<String> codes = new java.util.HashSet<>(actuals.keySet());
		codes.addAll(levels.keySet());
		codes.addAll(notes.keySet());
		for (String code : codes) {
			leaves.put(code, new PerformanceEvaluations.LeafInput(number(code, actuals.get(code)),
					blankToNull(levels.get(code)), blankToNull(notes.get(code))));
		}
		String opinion = blankToNull(fields.get("opinion"));
		if (opinion != null && opinion.length() > 4000) {
			throw new InvalidInputException("opinion", "评价意见不超过4000字");
		}
		return new PerformanceEvaluations.ScoreSheet(leaves, opinion);
	}

	private static Map<String, String> indexed(Map<String, String> fields, String name) {
		Map<String, String> values = new HashMap<>();
		fields.forEach((key, value) -> {
			if (key.startsWith(name + "[") && key.endsWith("]")) {
				values.put(key.substring(name.length() + 1, key.length() - 1), value);
			}
		});
		return values;
	}

	private static BigDecimal number(String code, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("actual", "指标" + code + "的实际值须为数字");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
