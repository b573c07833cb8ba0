package org.govbuy.catalog.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.NegativeListDecision.KeywordWarning;
import org.govbuy.catalog.NegativeListDecision.Outcome;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.catalog.PurchaseNature;
import org.govbuy.shared.RuleViolation;

/**
 * Screens a purchase description against the negative list like a reviewer would.
 * <ul>
 * <li>Declared attributes refuse, with the entry's rule and citation.</li>
 * <li>The words (HanLP segmentation, phrases merged) are read for their nature: goods or
 * works with no service activity are refused (102 §10 (三), 87号文 §二); goods or works
 * together with a service, or goods named without a purchase, are held.</li>
 * <li>Each entry's example phrasings are compared after its synonyms: all of one said is
 * refused, most of it (two words or more) is held; its keywords and their synonyms are
 * held.</li>
 * <li>A reviewer's decision on exactly this normalised wording replaces the word-based
 * result: allowed drops it, excluded refuses with the reviewer's reason. Declared
 * attributes still refuse.</li>
 * </ul>
 */
public final class NegativeListPolicy {

	private static final Set<String> FILLER = Set.of("服务", "项目", "及", "和", "与", "的", "等", "相关", "工作", "年度", "购买", "政府",
			"提供", "开展", "实施", "局", "本", "对", "为", "内", "各类", "其他", "一", "二", "三", "年");

	private static final double HOLD_COVERAGE = 0.5;

	private static final Set<String> NATURE_ATTRIBUTES = Set.of("goods", "works");

	private NegativeListPolicy() {
	}

	/** Screens with the standard nature dictionaries and no reviewer decisions. */
	public static NegativeListDecision check(PurchaseDescription description, List<NegativeListEntry> entries) {
		return check(description, entries, NatureWords.standard(), Map.of());
	}

	/**
	 * Screens with the given nature dictionaries; a reviewer's decision on the normalised
	 * wording (key of {@code reviews}) replaces the word-based result.
	 */
	public static NegativeListDecision check(PurchaseDescription description, List<NegativeListEntry> entries,
			NatureWords natureWords, Map<String, ReviewedWording> reviews) {
		Screening screening = new Screening(description, entries, natureWords);
		screening.declaredAttributes();
		screening.natureOfPurchase();
		for (NegativeListEntry entry : screening.active) {
			if (!description.declares(entry.attribute())) {
				screening.entryWording(entry);
			}
		}
		screening.holds.keySet()
			.removeIf(rule -> screening.refusedRules.contains(rule.substring(0, rule.indexOf('|'))));
		ReviewedWording review = reviews.get(screening.wording);
		String exception = review == null ? null : screening.reviewed(review);
		return screening.decision(exception);
	}

	/** One screening: what the description says and what was found so far. */
	private static final class Screening {

		final PurchaseDescription description;

		final List<NegativeListEntry> active;

		final String wording;

		final Set<String> lexicon;

		final List<String> words;

		final NatureWords.Reading reading;

		final String name;

		final List<RuleViolation> declared = new ArrayList<>();

		final List<RuleViolation> refusals = new ArrayList<>();

		final Map<String, KeywordWarning> holds = new LinkedHashMap<>();

		final Set<String> triggers = new LinkedHashSet<>();

		final Set<String> refusedRules = new LinkedHashSet<>();

		Screening(PurchaseDescription description, List<NegativeListEntry> entries, NatureWords natureWords) {
			this.description = description;
			this.active = entries.stream().filter(NegativeListEntry::active).toList();
			this.wording = ScreeningText.normalise(description.text());
			this.lexicon = lexicon(active, natureWords);
			this.words = ScreeningText.words(description.text(), lexicon);
			this.reading = natureWords.read(words);
			this.name = nameOf(description);
		}

		/** Declared attributes refuse, with the entry's rule and citation. */
		void declaredAttributes() {
			for (NegativeListEntry entry : active) {
				if (description.declares(entry.attribute())) {
					declared.add(new RuleViolation(entry.ruleId(), entry.citation(),
							entry.description() + "：“" + name + "”已申报为" + entry.title()));
				}
			}
		}

		/**
		 * The nature of what is bought: certain goods or works refuse, uncertain hold.
		 */
		void natureOfPurchase() {
			for (NegativeListEntry entry : active) {
				List<String> hit = natureHit(entry.attribute(), reading);
				if (hit.isEmpty() || description.declares(entry.attribute())) {
					continue;
				}
				if (reading.certain()) {
					refusals.add(new RuleViolation(entry.ruleId(), entry.citation(), "“" + name + "”中的" + quoted(hit)
							+ "表明购买的是" + reading.nature().label() + "而非服务：" + entry.description()));
					refusedRules.add(entry.ruleId());
				}
				else {
					hold(holds, entry, hit, "“" + name + "”中的" + quoted(hit) + "可能表明购买的是"
							+ (reading.nature() == PurchaseNature.MIXED ? "货物或工程与服务的混合" : reading.nature().label())
							+ "，须财政审核人员复核");
				}
				triggers.addAll(hit);
			}
		}

		/**
		 * What an entry says in its own words: its example phrasings, then its keywords.
		 */
		void entryWording(NegativeListEntry entry) {
			Map<String, String> canonical = canonical(entry);
			Map<String, List<String>> said = new LinkedHashMap<>();
			for (String word : words) {
				said.computeIfAbsent(canonical.getOrDefault(word, word), k -> new ArrayList<>()).add(word);
			}
			boolean refused = false;
			for (String example : entry.examples()) {
				if (example(entry, example, canonical, said)) {
					refused = true;
					break;
				}
			}
			if (refused
					|| NATURE_ATTRIBUTES.contains(entry.attribute()) && reading.nature() == PurchaseNature.SERVICE) {
				// The nature reading has weighed these words already: a service.
				return;
			}
			keywords(entry, canonical, said);
		}

		/**
		 * All of an example said refuses, most of it (two words or more) holds.
		 * @return whether the example refused the description
		 */
		private boolean example(NegativeListEntry entry, String example, Map<String, String> canonical,
				Map<String, List<String>> said) {
			Set<String> wanted = new LinkedHashSet<>();
			for (String word : ScreeningText.words(example, lexicon)) {
				if (!FILLER.contains(word)) {
					wanted.add(canonical.getOrDefault(word, word));
				}
			}
			if (wanted.isEmpty()) {
				return false;
			}
			List<String> found = new ArrayList<>();
			int matched = 0;
			for (String concept : wanted) {
				if (said.containsKey(concept)) {
					matched++;
					found.addAll(said.get(concept));
				}
			}
			double coverage = (double) matched / wanted.size();
			if (matched == wanted.size() && matched >= 2) {
				if (!refusedRules.contains(entry.ruleId())) {
					refusals.add(new RuleViolation(entry.ruleId(), entry.citation(), "“" + name + "”中的" + quoted(found)
							+ "说的是“" + example + "”，属于禁止购买事项“" + entry.title() + "”：" + entry.description()));
					refusedRules.add(entry.ruleId());
				}
				triggers.addAll(found);
				return true;
			}
			if (matched >= 2 && coverage >= HOLD_COVERAGE) {
				hold(holds, entry, found, "“" + name + "”中的" + quoted(found) + "与禁止购买事项“" + entry.title() + "”的说法“"
						+ example + "”相近，须财政审核人员复核");
				triggers.addAll(found);
			}
			return false;
		}

		/** An entry's keywords and their synonyms hold. */
		private void keywords(NegativeListEntry entry, Map<String, String> canonical, Map<String, List<String>> said) {
			Set<String> keywordConcepts = new LinkedHashSet<>();
			for (String keyword : entry.keywords()) {
				String normal = ScreeningText.normalise(keyword);
				keywordConcepts.add(canonical.getOrDefault(normal, normal));
			}
			List<String> found = new ArrayList<>();
			for (String concept : keywordConcepts) {
				if (said.containsKey(concept)) {
					found.addAll(said.get(concept));
				}
			}
			if (!found.isEmpty()) {
				hold(holds, entry, found, "名称或描述含" + quoted(found) + "，可能属于禁止购买事项“" + entry.title() + "”，须财政审核人员复核");
				triggers.addAll(found);
			}
		}

		/**
		 * A reviewer's decision replaces the word-based result: allowed drops it,
		 * excluded refuses with the reviewer's reason.
		 * @return the exception to show
		 */
		String reviewed(ReviewedWording review) {
			refusals.clear();
			holds.clear();
			triggers.clear();
			if (!review.allowed()) {
				NegativeListEntry entry = active.stream()
					.filter(e -> e.ruleId().equals(review.rule()))
					.findFirst()
					.orElse(null);
				refusals.add(new RuleViolation(review.rule(), entry == null ? "" : entry.citation(),
						"“" + name + "”经财政审核人员复核认定属于禁止购买事项" + (entry == null ? "" : "“" + entry.title() + "”") + "："
								+ review.reason()));
			}
			return (review.allowed() ? "财政审核人员已允许该表述：" : "财政审核人员已认定该表述属于禁止购买事项：") + review.reason() + "（"
					+ review.decidedBy() + "）";
		}

		NegativeListDecision decision(String exception) {
			List<RuleViolation> violations = onePerRule(declared, refusals);
			Outcome outcome = !violations.isEmpty() ? Outcome.REFUSED
					: !holds.isEmpty() ? Outcome.HELD : Outcome.ALLOWED;
			return new NegativeListDecision(outcome, violations, List.copyOf(holds.values()), reading.nature(),
					List.copyOf(triggers), wording, exception);
		}

	}

	/**
	 * A rule refuses once: entries that share a rule (goods, works and bundles under
	 * MOF102-10-3) give one violation with their messages joined, in the order found.
	 */
	private static List<RuleViolation> onePerRule(List<RuleViolation> declared, List<RuleViolation> refusals) {
		Map<String, RuleViolation> byRule = new java.util.LinkedHashMap<>();
		java.util.stream.Stream.concat(declared.stream(), refusals.stream())
			.forEach(violation -> byRule
				.merge(violation.rule(), violation, (first, next) -> first.message().equals(next.message()) ? first
						: new RuleViolation(first.rule(), first.citation(), first.message() + "；" + next.message())));
		return new ArrayList<>(byRule.values());
	}

	private static void hold(Map<String, KeywordWarning> holds, NegativeListEntry entry, List<String> words,
			String message) {
		String key = entry.ruleId() + "|" + entry.code();
		KeywordWarning before = holds.get(key);
		Set<String> all = new LinkedHashSet<>();
		if (before != null) {
			all.addAll(List.of(before.keyword().split("、")));
		}
		all.addAll(words);
		holds.put(key, new KeywordWarning(String.join("、", all), entry.title(), entry.ruleId(), entry.citation(),
				before == null ? message : before.message()));
	}

	/** The words of the nature reading that put a purchase under an attribute. */
	private static List<String> natureHit(String attribute, NatureWords.Reading reading) {
		return switch (attribute) {
			case "goods" -> reading.goods() && !(reading.nature() == PurchaseNature.MIXED && reading.works())
					? reading.goodsWords() : List.of();
			case "works" ->
				reading.works() && reading.nature() != PurchaseNature.MIXED ? reading.worksWords() : List.of();
			case "worksServiceBundle" -> reading.works() && reading.nature() == PurchaseNature.MIXED
					? join(reading.worksWords(), reading.serviceWords()) : List.of();
			default -> List.of();
		};
	}

	private static List<String> join(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** Word → the first word of its synonym group, for one entry. */
	private static Map<String, String> canonical(NegativeListEntry entry) {
		Map<String, String> map = new HashMap<>();
		for (List<String> group : entry.synonyms()) {
			String head = ScreeningText.normalise(group.get(0));
			for (String word : group) {
				map.putIfAbsent(ScreeningText.normalise(word), head);
			}
		}
		return map;
	}

	private static Set<String> lexicon(List<NegativeListEntry> entries, NatureWords natureWords) {
		Set<String> lexicon = new java.util.HashSet<>(natureWords.lexicon());
		for (NegativeListEntry entry : entries) {
			entry.keywords().forEach(k -> lexicon.add(ScreeningText.normalise(k)));
			entry.synonyms().forEach(g -> g.forEach(w -> lexicon.add(ScreeningText.normalise(w))));
		}
		lexicon.remove("");
		return lexicon;
	}

	private static String quoted(List<String> words) {
		return String.join("", new LinkedHashSet<>(words).stream().map(w -> "“" + w + "”").toList());
	}

	private static String nameOf(PurchaseDescription description) {
		return description.name() == null || description.name().isBlank() ? "该事项" : description.name().strip();
	}

}
