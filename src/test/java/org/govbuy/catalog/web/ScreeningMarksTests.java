package org.govbuy.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govbuy.catalog.web.ScreeningMarks.Part;
import org.junit.jupiter.api.Test;

class ScreeningMarksTests {

	@Test
	void marksEveryTriggeringWordLongestFirstAndKeepsTheRestOfTheText() {
		List<Part> parts = new ScreeningMarks().parts("机要保密公文印制服务", List.of("保密", "机要", "印制", "公文"));

		assertThat(parts).containsExactly(new Part("机要", true), new Part("保密", true), new Part("公文", true),
				new Part("印制", true), new Part("服务", false));
	}

	@Test
	void aLongerWordWinsOverAShorterOneInsideIt() {
		assertThat(new ScreeningMarks().parts("局主要负责同志办公室", List.of("负责", "主要负责同志")))
			.containsExactly(new Part("局", false), new Part("主要负责同志", true), new Part("办公室", false));
	}

	@Test
	void nothingToMarkLeavesTheTextWhole() {
		assertThat(new ScreeningMarks().parts("办公楼物业管理", List.of())).containsExactly(new Part("办公楼物业管理", false));
		assertThat(new ScreeningMarks().parts(null, List.of("x"))).isEmpty();
	}

}
