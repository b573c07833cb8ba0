package org.govbuy.catalog.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.application.CatalogManagement;
import org.govbuy.catalog.application.CatalogManagement.ItemDraft;
import org.govbuy.catalog.application.CatalogRepository;
import org.govbuy.catalog.application.ImplementationCatalogs;
import org.govbuy.catalog.domain.CatalogVersion;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DemoAccounts;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo catalogs, loaded idempotently with the {@code demo} profile after the platform's
 * demo organizations and accounts: 山东省 derived from the central catalog with third-level
 * items, 淄博市 derived from 山东省 and published for 2026 and 2027 and filed with the
 * province, a draft adjustment of 淄博市's 2027 catalog and the implementation catalog of
 * 淄博市民政局. Each step runs as the demo account that would do it, so the audit trail reads
 * like real use.
 * <p>
 * The 品目 codes are illustrative; check them against 《政府采购品目分类目录》 before real use.
 */
@Component
@Profile("demo")
@Order(30)
class CatalogDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

	static final RegionCode SHANDONG = RegionCode.of("370000");

	static final RegionCode ZIBO = RegionCode.of("370300");

	private final CatalogManagement management;

	private final CatalogRepository repository;

	private final ImplementationCatalogs implementations;

	private final DemoAccounts demo;

	private final Clock clock;

	CatalogDemoData(CatalogManagement management, CatalogRepository repository, ImplementationCatalogs implementations,
			DemoAccounts demo, Clock clock) {
		this.management = management;
		this.repository = repository;
		this.implementations = implementations;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (int year : new int[] { 2026, 2027 }) {
			FiscalYear fiscalYear = FiscalYear.of(year);
			if (repository.findCatalog(SHANDONG, fiscalYear).isEmpty()) {
				as("finance.shandong", () -> province(fiscalYear));
			}
			if (repository.findCatalog(ZIBO, fiscalYear).isEmpty()) {
				as("finance.zibo", () -> city(fiscalYear));
				as("finance.shandong", () -> {
					UUID version = repository.publishedVersion(ZIBO, fiscalYear).orElseThrow().id();
					management.comment(CurrentUser.require(), version, "已收到备案。请在实施中注意养老服务项目的绩效目标设置。");
					return null;
				});
			}
		}
		FiscalYear next = FiscalYear.of(2027);
		as("buyer.mzj", () -> implementationCatalog(next));
		as("finance.zibo", () -> adjustment(next));
		log.info("目录演示数据已就绪：山东省、淄博市 2026/2027 年度指导性目录");
	}

	private Object province(FiscalYear year) {
		CurrentUser user = CurrentUser.require();
		CatalogVersion draft = management.createCatalog(user, SHANDONG, year, null);
		for (ItemDraft item : List.of(item("A0301", "职业技能培训", "C1802", "面向城乡劳动者的职业技能培训"),
				item("A0302", "就业见习服务", "C1899", null), item("A0401", "养老服务", "C2301", "面向老年人的生活照料、康复护理等服务"),
				item("A0402", "残疾人服务", "C2302", null), item("A0403", "社会救助服务", "C2303", null),
				item("A0501", "公共卫生服务", "C1701", null), item("B0301", "审计服务", "C2102", null),
				item("B1101", "物业管理服务", "C2201", "办公场所保洁、绿化、秩序维护等"), item("B1102", "餐饮服务", "C0701", "机关食堂餐饮服务"),
				item("B1103", "公务用车租赁服务", "C0401", null), item("B1001", "信息系统运行维护服务", "C1604", null))) {
			management.addItem(user, draft.id(), item);
		}
		management.publish(user, draft.id(), year.start(), lateReason(year));
		management.file(user, draft.id());
		return null;
	}

	private Object city(FiscalYear year) {
		CurrentUser user = CurrentUser.require();
		CatalogVersion draft = management.createCatalog(user, ZIBO, year, null);
		management.addItem(user, draft.id(), item("A040101", "社区居家养老上门服务", "C2301", "为失能、半失能老人提供助餐、助浴、助洁等上门服务"));
		management.addItem(user, draft.id(), item("A040102", "养老机构运营服务", "C2301", null));
		management.addItem(user, draft.id(), item("A030101", "退役军人职业技能培训", "C1802", null));
		management.publish(user, draft.id(), year.start(), lateReason(year));
		management.file(user, draft.id());
		return null;
	}

	private Object adjustment(FiscalYear year) {
		var catalog = repository.findCatalog(ZIBO, year).orElseThrow();
		if (repository.versions(catalog.id()).stream().anyMatch(CatalogVersion::isDraft)) {
			return null;
		}
		CurrentUser user = CurrentUser.require();
		CatalogVersion draft = management.startAdjustment(user, catalog.id(), "增加老年人能力综合评估服务");
		management.addItem(user, draft.id(), item("A040103", "老年人能力综合评估服务", "C2301", "由第三方机构对老年人能力进行评估"));
		return null;
	}

	private Object implementationCatalog(FiscalYear year) {
		CurrentUser user = CurrentUser.require();
		if (implementations.mine(user, year).isPresent()) {
			return null;
		}
		var implementation = implementations.create(user, year);
		implementations.addEntry(user, implementation.id(), "A040101", "为全市经济困难失能、半失能老年人提供每月不少于20小时的助餐、助浴、助洁上门服务",
				"服务对象满意度不低于90%；服务时长达标率不低于95%；按季度抽查回访");
		implementations.addEntry(user, implementation.id(), "A040102", "委托社会力量运营公办养老机构",
				"入住率不低于70%；安全责任事故为零；年度第三方评价等级良好以上");
		return null;
	}

	/**
	 * Demo catalogs are loaded at any date; after the deadline they say why (SEED004-9).
	 */
	private String lateReason(FiscalYear year) {
		return LocalDate.now(clock).isAfter(LocalDate.of(year.value() - 1, 9, 30)) ? "演示数据：按省级目录调整情况补充发布" : null;
	}

	private static ItemDraft item(String code, String name, String pinmu, String description) {
		ItemNature nature = code.startsWith("A") ? ItemNature.PUBLIC_SERVICE : ItemNature.AUXILIARY_SERVICE;
		return new ItemDraft(code, name, nature, pinmu, description);
	}

	private void as(String username, Supplier<Object> work) {
		demo.as(username, work);
	}

}
