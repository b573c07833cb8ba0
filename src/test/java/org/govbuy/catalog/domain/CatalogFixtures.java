package org.govbuy.catalog.domain;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.catalog.ItemNature;

/** Small catalogs for tests: the central first and second levels of RULES.md B4. */
final class CatalogFixtures {

	static final List<String> PUBLIC = List.of("公共安全", "教育", "就业", "社会保障", "卫生健康", "生态保护和环境治理", "科技", "文化", "体育",
			"社会治理", "城乡维护", "农业、林业和水利", "交通运输", "灾害防治及应急管理", "公共信息与宣传", "行业管理", "技术性公共服务", "其他公共服务");

	static final List<String> AUXILIARY = List.of("法律", "课题研究和社会调查", "会计审计", "会议", "监督检查辅助", "工程服务", "评审、评估和评价", "咨询",
			"机关工作人员培训", "信息化", "后勤", "其他辅助性服务");

	private CatalogFixtures() {
	}

	static List<CatalogItem> central() {
		List<CatalogItem> items = new ArrayList<>();
		items.add(CatalogItem.of("A", "公共服务", ItemNature.PUBLIC_SERVICE, null, null));
		for (int i = 0; i < PUBLIC.size(); i++) {
			items.add(CatalogItem.of("A%02d".formatted(i + 1), PUBLIC.get(i), ItemNature.PUBLIC_SERVICE, null, null));
		}
		items.add(CatalogItem.of("B", "政府履职所需辅助性服务", ItemNature.AUXILIARY_SERVICE, null, null));
		for (int i = 0; i < AUXILIARY.size(); i++) {
			items.add(CatalogItem.of("B%02d".formatted(i + 1), AUXILIARY.get(i), ItemNature.AUXILIARY_SERVICE, null,
					null));
		}
		return items;
	}

	static CatalogItem third(String code, String name) {
		return CatalogItem.of(code, name,
				code.startsWith("A") ? ItemNature.PUBLIC_SERVICE : ItemNature.AUXILIARY_SERVICE, "C2301", null);
	}

	static List<CatalogItem> with(List<CatalogItem> items, CatalogItem... more) {
		List<CatalogItem> all = new ArrayList<>(items);
		all.addAll(List.of(more));
		return all;
	}

	static List<CatalogItem> copy(List<CatalogItem> items) {
		return items.stream().map(CatalogItem::copy).toList();
	}

}
