package org.govbuy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.NegativeListDecision.KeywordWarning;
import org.govbuy.catalog.NegativeListDecision.Outcome;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class NegativeListPolicyTests {

	static final List<NegativeListEntry> LIST = NegativeListEntry.defaults();

	static NegativeListDecision check(PurchaseDescription description) {
		return NegativeListPolicy.check(description, LIST);
	}

	@Test
	void refusesDeclaredWorksSuchAsExtendingAnElderlyCareCentreWithRulesMOF102_10_3AndFS87_2_2() {
		NegativeListDecision decision = check(PurchaseDescription.of("养老服务中心扩建", "扩建养老服务中心二期").declaringWorks());

		assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(decision.violations()).extracting(RuleViolation::rule).containsExactly("MOF102-10-3", "FS87-2-2");
		assertThat(decision.violations()).extracting(RuleViolation::citation)
			.anyMatch(c -> c.contains("财政部令第102号") && c.contains("第十条"))
			.anyMatch(c -> c.contains("财预〔2017〕87号"));
		assertThat(decision.violations().get(1).message()).contains("新建、改建、扩建", "养老服务中心扩建");
	}

	@Test
	void refusesDeclaredGoodsSuchAsBuyingEquipmentWithRulesMOF102_10_3AndFS87_2_1() {
		NegativeListDecision decision = check(PurchaseDescription.of("设备购置", "购置康复设备").declaringGoods());

		assertThat(decision.refused()).isTrue();
		assertThat(decision.violations()).extracting(RuleViolation::rule).containsExactly("MOF102-10-3", "FS87-2-1");
		assertThat(decision.violations().get(1).message()).contains("设备");
	}

	@Test
	void aRuleRefusesOnceEvenWhenGoodsAndWorksAreBothDeclaredMOF102_10_3() {
		NegativeListDecision decision = check(
				PurchaseDescription.of("日间照料中心新建及运营", "新建日间照料中心并购置设备、运营").declaringWorks().declaringGoods());

		assertThat(decision.violations()).extracting(RuleViolation::rule)
			.doesNotHaveDuplicates()
			.contains("MOF102-10-3");
		assertThat(decision.violations()).filteredOn(v -> v.rule().equals("MOF102-10-3"))
			.singleElement()
			.satisfies(v -> assertThat(v.message()).contains("日间照料中心新建及运营"));
	}

	@Test
	void refusesLabourDispatchWithRuleMOF102_10_5() {
		NegativeListDecision decision = check(
				PurchaseDescription.of("窗口服务劳务派遣", "以劳务派遣方式补充窗口人员").declaringStaffHiring());

		assertThat(decision.violations()).extracting(RuleViolation::rule).containsExactly("MOF102-10-5");
		assertThat(decision.violations().get(0).message()).contains("劳务派遣");
		assertThat(decision.violations().get(0).citation()).contains("第十条第（五）项");
	}

	@Test
	void refusesFinanceLeasingWithRulesMOF102_10_4AndFS87_2_5() {
		NegativeListDecision decision = check(PurchaseDescription.of("养老床位融资租赁", "通过融资租赁公司融资").declaringFinancing());

		assertThat(decision.violations()).extracting(RuleViolation::rule).containsExactly("MOF102-10-4", "FS87-2-5");
		assertThat(decision.violations().get(1).message()).contains("融资租赁");
	}

	@Test
	void allowsCommunityHomeCareVisits() {
		NegativeListDecision decision = check(PurchaseDescription.of("社区居家养老上门服务", "为辖区失能、半失能老人提供助餐、助浴、助洁上门服务"));

		assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(decision.violations()).isEmpty();
		assertThat(decision.warnings()).isEmpty();
	}

	@Test
	void wordsThatOnlyHintAreHeldForTheReviewerWithTheirWordsAndRuleNotRefusedNEG_KEYWORD() {
		NegativeListDecision decision = check(PurchaseDescription.of("保密宣传教育服务", "面向机关干部的保密法宣传"));

		assertThat(decision.outcome()).isEqualTo(Outcome.HELD);
		assertThat(decision.violations()).isEmpty();
		assertThat(decision.warnings()).extracting(KeywordWarning::rule).containsExactly("SEED000-2");
		assertThat(decision.warnings().get(0).keyword()).contains("保密");
		assertThat(decision.triggers()).contains("保密");
	}

	@Test
	void worksNamedInOtherWordsAreRefusedWithTheTriggeringWordsMOF102_10_3() {
		NegativeListDecision decision = check(PurchaseDescription.of("养老服务中心扩建", "含设备购置"));

		assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(decision.nature()).isEqualTo(org.govbuy.catalog.PurchaseNature.WORKS);
		assertThat(decision.violations()).extracting(RuleViolation::rule).contains("MOF102-10-3", "FS87-2-2");
		assertThat(decision.violations()).extracting(RuleViolation::message).anyMatch(m -> m.contains("“扩建”"));
	}

	@Test
	void refusesNotAGovernmentDutyWithRuleMOF102_10_1AndDirectDutyWithRuleMOF102_10_2() {
		PurchaseDescription notDuty = new PurchaseDescription("企业品牌推广", null, false, false, false, false, false, false,
				false, true, false, false, false);
		PurchaseDescription direct = new PurchaseDescription("行政处罚决定", null, false, false, false, false, false, false,
				true, false, false, false, false);

		assertThat(check(notDuty).violations()).extracting(RuleViolation::rule).containsExactly("MOF102-10-1");
		assertThat(check(direct).violations()).extracting(RuleViolation::rule).containsExactly("MOF102-10-2");
	}

	@Test
	void refusesBundlesInfrastructureAndOtherExclusionsWithRulesFS87_2_4_FS87_2_3_MOF102_10_6() {
		PurchaseDescription bundle = new PurchaseDescription("污水处理厂建设运营", null, false, false, false, true, false, false,
				false, false, false, false, false);
		PurchaseDescription infrastructure = new PurchaseDescription("乡村公路建设", null, false, false, true, false, false,
				false, false, false, false, false, false);
		PurchaseDescription excluded = new PurchaseDescription("其他事项", null, false, false, false, false, false, false,
				false, false, true, false, false);

		assertThat(check(bundle).violations()).extracting(RuleViolation::rule)
			.containsExactly("MOF102-10-3", "FS87-2-4");
		assertThat(check(infrastructure).violations()).extracting(RuleViolation::rule).containsExactly("FS87-2-3");
		assertThat(check(excluded).violations()).extracting(RuleViolation::rule).containsExactly("MOF102-10-6");
	}

	@Test
	void refusesTheLocalExclusionsOfSeed000WithRulesSEED000_1AndSEED000_2() {
		PurchaseDescription premises = new PurchaseDescription("领导办公室维修改造", null, false, false, false, false, false,
				false, false, false, false, true, false);
		PurchaseDescription printing = new PurchaseDescription("涉密文件印刷", null, false, false, false, false, false, false,
				false, false, false, false, true);

		assertThat(check(premises).violations()).extracting(RuleViolation::rule).startsWith("SEED000-1");
		assertThat(check(printing).violations()).extracting(RuleViolation::rule).containsExactly("SEED000-2");
		assertThat(check(PurchaseDescription.of("涉密文件印刷", null)).violations()).extracting(RuleViolation::message)
			.anyMatch(message -> message.contains("“涉密”") && message.contains("“文件”") && message.contains("“印刷”"));
	}

	@Test
	void inactiveEntriesAreNotApplied() {
		List<NegativeListEntry> list = LIST.stream()
			.map(e -> new NegativeListEntry(e.code(), e.attribute(), e.ruleId(), e.title(), e.description(),
					e.citation(), e.keywords(), e.position(), !e.attribute().equals("goods")))
			.toList();

		assertThat(NegativeListPolicy.check(PurchaseDescription.of("设备购置", null).declaringGoods(), list).refused())
			.isFalse();
	}

	@Test
	void classifiedDocumentPrintingSaidInOtherWordsIsRefusedWithItsWordsSEED000_2() {
		NegativeListDecision decision = check(PurchaseDescription.of("机要保密公文印制服务", null));

		assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(decision.violations()).extracting(RuleViolation::rule).containsExactly("SEED000-2");
		assertThat(decision.violations().get(0).message()).contains("“机要”", "“保密”", "“公文”", "“印制”");
		assertThat(decision.triggers()).containsExactlyInAnyOrder("机要", "保密", "公文", "印制");
	}

	@Test
	void renovatingALeadersOfficeIsRefusedAsPrivatePremisesAndAsWorksSEED000_1() {
		NegativeListDecision decision = check(PurchaseDescription.of("局主要负责同志办公室及休息间翻新", null));

		assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(decision.violations()).extracting(RuleViolation::rule)
			.containsExactlyInAnyOrder("MOF102-10-3", "FS87-2-2", "SEED000-1");
		assertThat(decision.triggers()).contains("主要负责同志", "办公室", "休息间", "翻新");
	}

	@Test
	void computersAndPrintersAreGoodsAndRefusedFS87_2_1() {
		NegativeListDecision decision = check(PurchaseDescription.of("办公电脑及打印机采购", null));

		assertThat(decision.nature()).isEqualTo(org.govbuy.catalog.PurchaseNature.GOODS);
		assertThat(decision.violations()).extracting(RuleViolation::rule).containsExactly("MOF102-10-3", "FS87-2-1");
		assertThat(decision.violations().get(1).message()).contains("“电脑”", "“打印机”", "“采购”");
	}

	@Test
	void thePhraseDecidesEquipmentMaintenanceIsAServiceEquipmentPurchaseIsGoods() {
		assertThat(check(PurchaseDescription.of("设备维护服务", null)).outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(check(PurchaseDescription.of("设备采购", null)).outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(check(PurchaseDescription.of("设备采购及运行维护服务", null)).outcome()).isEqualTo(Outcome.HELD);
	}

	@Test
	void aReviewersExceptionHoldsForTheSameWordingOnlyAndNeverOverridesADeclaredAttribute() {
		PurchaseDescription held = PurchaseDescription.of("保密宣传教育服务", null);
		String wording = ScreeningText.normalise(held.text());
		var reviews = java.util.Map.of(wording,
				new ReviewedWording(wording, true, "SEED000-2", "保密法宣传教育，不涉及涉密文件", "finance.reviewer"));

		NegativeListDecision same = NegativeListPolicy.check(PurchaseDescription.of(" 保密宣传教育服务！", null), LIST,
				NatureWords.standard(), reviews);
		NegativeListDecision other = NegativeListPolicy.check(PurchaseDescription.of("保密宣传教育及培训服务", null), LIST,
				NatureWords.standard(), reviews);
		NegativeListDecision declared = NegativeListPolicy.check(new PurchaseDescription("保密宣传教育服务", null, false, false,
				false, false, false, false, false, false, false, false, true), LIST, NatureWords.standard(), reviews);

		assertThat(same.outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(same.exception()).contains("保密法宣传教育");
		assertThat(other.outcome()).isEqualTo(Outcome.HELD);
		assertThat(declared.outcome()).isEqualTo(Outcome.REFUSED);
	}

	@Test
	void aReviewersExclusionRefusesThatWordingWithTheRuleAndReason() {
		PurchaseDescription held = PurchaseDescription.of("保密宣传教育服务", null);
		String wording = ScreeningText.normalise(held.text());
		var reviews = java.util.Map.of(wording,
				new ReviewedWording(wording, false, "SEED000-2", "实为涉密材料印制", "finance.reviewer"));

		NegativeListDecision decision = NegativeListPolicy.check(held, LIST, NatureWords.standard(), reviews);

		assertThat(decision.refused()).isTrue();
		assertThat(decision.violations().get(0).rule()).isEqualTo("SEED000-2");
		assertThat(decision.violations().get(0).message()).contains("实为涉密材料印制");
	}

}
