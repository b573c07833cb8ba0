package org.govbuy.catalog.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govbuy.catalog.PurchaseNature;

/**
 * The dictionaries of words that mark goods, works and services (resource
 * {@code catalog/screening/nature-words.txt}) and the reading of a description's nature
 * from its words.
 */
public final class NatureWords {

	private static final String RESOURCE = "/catalog/screening/nature-words.txt";

	private static final NatureWords DEFAULT = load();

	private final Map<String, Set<String>> sections;

	private final Set<String> lexicon;

	NatureWords(Map<String, Set<String>> sections) {
		this.sections = sections;
		Set<String> all = new LinkedHashSet<>();
		sections.values().forEach(all::addAll);
		this.lexicon = Set.copyOf(all);
	}

	public static NatureWords standard() {
		return DEFAULT;
	}

	/** Every word and phrase of the dictionaries (kept whole after segmentation). */
	public Set<String> lexicon() {
		return lexicon;
	}

	private Set<String> section(String name) {
		return sections.getOrDefault(name, Set.of());
	}

	/**
	 * What a description's words say it buys.
	 *
	 * @param nature service, goods, works or mixed
	 * @param certain whether a reviewer would decide on these words alone (only for goods
	 * or works without any service activity)
	 * @param goodsWords the words that mark goods
	 * @param worksWords the words that mark works
	 * @param serviceWords the service activities found (without the bare word 服务)
	 */
	public record Reading(PurchaseNature nature, boolean certain, List<String> goodsWords, List<String> worksWords,
			List<String> serviceWords) {

		public boolean goods() {
			return !goodsWords.isEmpty();
		}

		public boolean works() {
			return !worksWords.isEmpty();
		}

	}

	public Reading read(List<String> words) {
		Set<String> works = new LinkedHashSet<>();
		Set<String> goodsObjects = new LinkedHashSet<>();
		Set<String> goodsVerbs = new LinkedHashSet<>();
		Set<String> goodsPhrases = new LinkedHashSet<>();
		Set<String> services = new LinkedHashSet<>();
		Set<String> buildings = new LinkedHashSet<>();
		Set<String> repairs = new LinkedHashSet<>();
		for (String word : words) {
			if (section("service-phrase").contains(word)) {
				services.add(word);
			}
			else if (section("goods-phrase").contains(word)) {
				goodsPhrases.add(word);
			}
			else if (section("works").contains(word)) {
				works.add(word);
			}
			else if (section("goods-object").contains(word)) {
				goodsObjects.add(word);
			}
			else if (section("goods-verb").contains(word)) {
				goodsVerbs.add(word);
			}
			else if (section("building").contains(word)) {
				buildings.add(word);
			}
			else if (section("building-repair").contains(word)) {
				repairs.add(word);
				services.add(word);
			}
			else if (section("service").contains(word) && !word.equals("服务")) {
				services.add(word);
			}
		}
		boolean repairedBuilding = !buildings.isEmpty() && !repairs.isEmpty();
		if (repairedBuilding) {
			services.removeAll(repairs);
		}
		List<String> goods = new ArrayList<>(goodsPhrases);
		if (!goodsObjects.isEmpty() && !goodsVerbs.isEmpty()) {
			goods.addAll(goodsObjects);
			goods.addAll(goodsVerbs);
		}
		boolean goodsWithoutVerb = goods.isEmpty() && !goodsObjects.isEmpty() && services.isEmpty();
		if (goodsWithoutVerb) {
			goods.addAll(goodsObjects);
		}
		List<String> worksWords = new ArrayList<>(works);
		if (repairedBuilding) {
			worksWords.addAll(buildings);
			worksWords.addAll(repairs);
		}
		List<String> serviceWords = List.copyOf(services);
		boolean hasWorks = !worksWords.isEmpty();
		boolean hasGoods = !goods.isEmpty();
		if (!hasWorks && !hasGoods) {
			return new Reading(PurchaseNature.SERVICE, false, List.of(), List.of(), serviceWords);
		}
		if (!serviceWords.isEmpty()) {
			return new Reading(PurchaseNature.MIXED, false, List.copyOf(goods), worksWords, serviceWords);
		}
		boolean certain = !goodsWithoutVerb && !(repairedBuilding && works.isEmpty());
		PurchaseNature nature = hasWorks ? PurchaseNature.WORKS : PurchaseNature.GOODS;
		return new Reading(nature, certain, List.copyOf(goods), worksWords, serviceWords);
	}

	static NatureWords load() {
		try (InputStream in = NatureWords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("缺少资源 " + RESOURCE);
			}
			Map<String, Set<String>> sections = new HashMap<>();
			String current = null;
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
				text = text.strip();
				if (text.isEmpty()) {
					continue;
				}
				if (text.startsWith("[") && text.endsWith("]")) {
					current = text.substring(1, text.length() - 1);
					sections.computeIfAbsent(current, k -> new LinkedHashSet<>());
					continue;
				}
				if (current != null) {
					for (String word : text.split("\\s+")) {
						sections.get(current).add(ScreeningText.normalise(word));
					}
				}
			}
			Map<String, Set<String>> frozen = new HashMap<>();
			sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
			return new NatureWords(Map.copyOf(frozen));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
