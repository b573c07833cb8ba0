package org.govbuy.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.NegativeListDecision.KeywordWarning;
import org.govbuy.catalog.NegativeListDecision.Outcome;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.shared.RuleViolation;

/**
 * Decides a purchase description against the negative list: every active entry whose
 * attribute is declared refuses with its rule and citation; keywords found in the name or
 * description only warn (a reviewer must clear them), so that a word alone never blocks a
 * legitimate service.
 */
public final class NegativeListPolicy {

	private NegativeListPolicy() {
	}

	public static NegativeListDecision check(PurchaseDescription description, List<NegativeListEntry> entries) {
		List<RuleViolation> violations = new ArrayList<>();
		Map<String, KeywordWarning> warnings = new LinkedHashMap<>();
		String text = description.text();
		for (NegativeListEntry entry : entries) {
			if (!entry.active()) {
				continue;
			}
			if (description.declares(entry.attribute())) {
				violations.add(new RuleViolation(entry.ruleId(), entry.citation(),
						entry.description() + "：“" + nameOf(description) + "”已申报为" + entry.title()));
			}
			for (String keyword : entry.keywords()) {
				if (!keyword.isBlank() && text.contains(keyword) && !warnings.containsKey(keyword)) {
					warnings.put(keyword, new KeywordWarning(keyword, entry.title(), entry.ruleId(), entry.citation(),
							"名称或描述含“" + keyword + "”，可能属于禁止购买事项“" + entry.title() + "”，须审核人员复核并填写意见"));
				}
			}
		}
		Outcome outcome = !violations.isEmpty() ? Outcome.REFUSED
				: !warnings.isEmpty() ? Outcome.NEEDS_REVIEW : Outcome.ALLOWED;
		return new NegativeListDecision(outcome, violations, List.copyOf(warnings.values()));
	}

	private static String nameOf(PurchaseDescription description) {
		return description.name() == null || description.name().isBlank() ? "该事项" : description.name().strip();
	}

}
