package org.govbuy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.NegativeListDecision.Outcome;
import org.govbuy.catalog.PurchaseDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screening against a labelled corpus (test resource
 * {@code catalog/screening-corpus.tsv}): every negative-list entry said three ways, goods
 * and works disguised as services, and look-alike services that must pass. Prints
 * precision and recall; asserts the issue's hard conditions.
 */
class NegativeListScreeningCorpusTests {

	record Sample(boolean negative, String kind, String text, NegativeListDecision decision) {

		boolean flagged() {
			return decision.outcome() != Outcome.ALLOWED;
		}

		String show() {
			return kind + " " + text + " → " + decision.outcome() + " " + decision.triggers();
		}

	}

	static List<Sample> samples;

	@BeforeAll
	static void screenTheCorpus() throws IOException {
		samples = new ArrayList<>();
		var in = NegativeListScreeningCorpusTests.class.getResourceAsStream("/catalog/screening-corpus.tsv");
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				samples.add(new Sample(cells[0].equals("NEG"), cells[1], cells[2],
						NegativeListPolicy.check(PurchaseDescription.of(cells[2], ""), NegativeListEntry.defaults())));
			}
		}
	}

	@Test
	void theCorpusHasAtLeast150DescriptionsAndEveryEntrySaidThreeWays() {
		assertThat(samples).hasSizeGreaterThanOrEqualTo(150);
		Set<String> entries = NegativeListEntry.defaults()
			.stream()
			.map(NegativeListEntry::code)
			.collect(Collectors.toSet());
		for (String code : entries) {
			assertThat(samples.stream().filter(s -> s.kind().equals(code)).count()).as(code).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void printsPrecisionAndRecallAndEveryNegativeIsAtLeastHeld() {
		long truePositives = samples.stream().filter(s -> s.negative() && s.flagged()).count();
		long falsePositives = samples.stream().filter(s -> !s.negative() && s.flagged()).count();
		long falseNegatives = samples.stream().filter(s -> s.negative() && !s.flagged()).count();
		long refused = samples.stream().filter(s -> s.decision().refused()).count();
		long rightlyRefused = samples.stream().filter(s -> s.negative() && s.decision().refused()).count();
		double precision = (double) truePositives / (truePositives + falsePositives);
		double recall = (double) truePositives / (truePositives + falseNegatives);
		System.out.printf("负面清单筛查语料 %d 条：拦截（拒绝或待复核）精确率 %.3f，召回率 %.3f；拒绝 %d 条，其中正确 %d 条（拒绝精确率 %.3f）%n", samples.size(),
				precision, recall, refused, rightlyRefused, (double) rightlyRefused / refused);
		samples.stream().filter(s -> s.negative() != s.flagged()).forEach(s -> System.out.println("  误判：" + s.show()));
		assertThat(samples.stream().filter(s -> s.negative() && !s.flagged()).map(Sample::show)).isEmpty();
	}

	@Test
	void noLookAlikeServiceIsRefused() {
		assertThat(samples.stream().filter(s -> !s.negative() && s.decision().refused()).map(Sample::show)).isEmpty();
	}

	@Test
	void everyDisguisedGoodsOrWorksItemIsAtLeastHeld() {
		assertThat(samples.stream().filter(s -> s.kind().startsWith("disguised"))).hasSizeGreaterThanOrEqualTo(40)
			.allMatch(Sample::flagged);
	}

}
