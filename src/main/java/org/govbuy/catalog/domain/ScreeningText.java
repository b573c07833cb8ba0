package org.govbuy.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * A purchase description cut into words: HanLP's segmentation (its core dictionary, no
 * global custom dictionary), then the screening's own phrases put back together so that
 * the longer phrase decides (设备维护 stays one word, so 设备 alone does not mark goods).
 */
public final class ScreeningText {

	private static final Segment SEGMENT = HanLP.newSegment()
		.enableCustomDictionary(false)
		.enablePartOfSpeechTagging(false)
		.enableNameRecognize(false)
		.enablePlaceRecognize(false)
		.enableOrganizationRecognize(false)
		.enableTranslatedNameRecognize(false)
		.enableJapaneseNameRecognize(false);

	private static final int LONGEST_PHRASE = 6;

	private ScreeningText() {
	}

	/**
	 * The wording as the screen compares it: full-width to half-width, lower case,
	 * without spaces and punctuation. A reviewer's exception holds for exactly this form.
	 */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String converted = CharTable.convert(text).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(converted.length());
		converted.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
		return out.toString();
	}

	/**
	 * The words of a text: segmented per clause, phrases of the lexicon merged, and words
	 * of the lexicon found inside a longer unknown word added after it.
	 */
	public static List<String> words(String text, Set<String> lexicon) {
		List<String> words = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return words;
		}
		String converted = CharTable.convert(text).toLowerCase(Locale.ROOT);
		for (String clause : converted.split("[^\\p{L}\\p{N}]+")) {
			if (clause.isEmpty()) {
				continue;
			}
			List<String> pieces;
			synchronized (SEGMENT) {
				pieces = SEGMENT.seg(clause).stream().map((Term term) -> term.word).toList();
			}
			words.addAll(merge(pieces, lexicon));
		}
		return words;
	}

	static List<String> merge(List<String> pieces, Set<String> lexicon) {
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i < pieces.size()) {
			int taken = 1;
			String word = pieces.get(i);
			for (int n = Math.min(LONGEST_PHRASE, pieces.size() - i); n >= 2; n--) {
				String joined = String.join("", pieces.subList(i, i + n));
				if (lexicon.contains(joined)) {
					word = joined;
					taken = n;
					break;
				}
			}
			out.add(word);
			if (!lexicon.contains(word) && word.length() > 2) {
				out.addAll(inside(word, lexicon));
			}
			i += taken;
		}
		return out;
	}

	/** Lexicon words (two characters or more) inside an unknown word, longest first. */
	private static Set<String> inside(String word, Set<String> lexicon) {
		Set<String> found = new LinkedHashSet<>();
		int at = 0;
		while (at < word.length()) {
			int matched = 0;
			for (int end = word.length(); end - at >= 2; end--) {
				if (end - at < word.length() && lexicon.contains(word.substring(at, end))) {
					found.add(word.substring(at, end));
					matched = end - at;
					break;
				}
			}
			at += matched > 0 ? matched : 1;
		}
		return found;
	}

}
