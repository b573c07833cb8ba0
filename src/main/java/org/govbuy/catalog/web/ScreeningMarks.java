package org.govbuy.catalog.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Cuts a text into parts with the screening's triggering words marked, for pages
 * ({@code @screeningMarks.parts(text, words)}).
 */
@Component("screeningMarks")
public class ScreeningMarks {

	/**
	 * A piece of text, marked when it is a triggering word.
	 *
	 * @param text the text
	 * @param marked whether it triggered the screen
	 */
	public record Part(String text, boolean marked) {
	}

	public List<Part> parts(String text, List<String> words) {
		List<Part> parts = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return parts;
		}
		List<String> sorted = words == null ? List.of()
				: words.stream()
					.filter(w -> w != null && !w.isBlank())
					.sorted(Comparator.comparingInt(String::length).reversed())
					.toList();
		StringBuilder plain = new StringBuilder();
		int at = 0;
		while (at < text.length()) {
			String hit = null;
			for (String word : sorted) {
				if (text.regionMatches(true, at, word, 0, word.length())) {
					hit = text.substring(at, at + word.length());
					break;
				}
			}
			if (hit == null) {
				plain.append(text.charAt(at));
				at++;
				continue;
			}
			if (!plain.isEmpty()) {
				parts.add(new Part(plain.toString(), false));
				plain.setLength(0);
			}
			parts.add(new Part(hit, true));
			at += hit.length();
		}
		if (!plain.isEmpty()) {
			parts.add(new Part(plain.toString(), false));
		}
		return parts;
	}

}
