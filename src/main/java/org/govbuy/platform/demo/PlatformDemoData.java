package org.govbuy.platform.demo;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations.NewOrganization;
import org.govbuy.platform.PurchaserType;
import org.govbuy.platform.Role;
import org.govbuy.platform.SupervisorKind;
import org.govbuy.platform.identity.UserAdministration;
import org.govbuy.platform.identity.UserAdministration.NewUser;
import org.govbuy.platform.organization.OrganizationRegistry;
import org.govbuy.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo province: 山东省 → 淄博市 → 博山区 with a finance bureau at each level, purchasing
 * units, supervisors, an expert pool, a third-party evaluator and an account for every
 * role, all with the password {@code govbuy.demo.password}. Loaded only with the
 * {@code demo} profile (on for {@code mvn spring-boot:run}, never in production),
 * idempotently: what exists is kept.
 */
@Component
@Profile("demo")
@Order(10)
public class PlatformDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlatformDemoData.class);

	public static final RegionCode SHANDONG = new RegionCode("370000");

	public static final RegionCode ZIBO = new RegionCode("370300");

	public static final RegionCode BOSHAN = new RegionCode("370304");

	private final OrganizationRegistry organizations;

	private final UserAdministration users;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final String password;

	PlatformDemoData(OrganizationRegistry organizations, UserAdministration users, JdbcClient jdbc,
			TransactionTemplate transaction, @Value("${govbuy.demo.password}") String password) {
		this.organizations = organizations;
		this.users = users;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> load());
	}

	private void load() {
		Map<String, UUID> orgs = new HashMap<>();
		org(orgs, "GovBuy 平台运营中心", OrganizationKind.OPERATOR, null, null, new RegionCode("000000"));
		org(orgs, "山东省财政厅", OrganizationKind.FINANCE_BUREAU, null, null, SHANDONG);
		org(orgs, "淄博市财政局", OrganizationKind.FINANCE_BUREAU, null, null, ZIBO);
		org(orgs, "博山区财政局", OrganizationKind.FINANCE_BUREAU, null, null, BOSHAN);
		org(orgs, "张店区财政局", OrganizationKind.FINANCE_BUREAU, null, null, new RegionCode("370303"));

		org(orgs, "淄博市民政局", OrganizationKind.PURCHASER, PurchaserType.ADMINISTRATIVE_ORGAN, null, ZIBO);
		org(orgs, "淄博市机关事务管理局", OrganizationKind.PURCHASER, PurchaserType.ADMINISTRATIVE_ORGAN, null, ZIBO);
		org(orgs, "淄博市人力资源和社会保障局", OrganizationKind.PURCHASER, PurchaserType.ADMINISTRATIVE_ORGAN, null, ZIBO);
		org(orgs, "淄博市卫生健康委员会", OrganizationKind.PURCHASER, PurchaserType.ADMINISTRATIVE_ORGAN, null, ZIBO);
		org(orgs, "共青团淄博市委员会", OrganizationKind.PURCHASER, PurchaserType.MASS_ORGANIZATION_ADMINISTRATIVE, null, ZIBO);
		org(orgs, "淄博市残疾人联合会", OrganizationKind.PURCHASER, PurchaserType.MASS_ORGANIZATION_ADMINISTRATIVE, null, ZIBO);
		org(orgs, "博山区卫生健康局", OrganizationKind.PURCHASER, PurchaserType.ADMINISTRATIVE_ORGAN, null, BOSHAN);
		org(orgs, "博山区民政局", OrganizationKind.PURCHASER, PurchaserType.ADMINISTRATIVE_ORGAN, null, BOSHAN);
		org(orgs, "博山区城市管理局", OrganizationKind.PURCHASER, PurchaserType.ADMINISTRATIVE_ORGAN, null, BOSHAN);

		org(orgs, "淄博市审计局", OrganizationKind.SUPERVISOR, null, SupervisorKind.AUDIT, ZIBO);
		org(orgs, "淄博市市场监督管理局", OrganizationKind.SUPERVISOR, null, SupervisorKind.MARKET_REGULATION, ZIBO);
		org(orgs, "中共淄博市委机构编制委员会办公室", OrganizationKind.SUPERVISOR, null, SupervisorKind.STAFFING, ZIBO);
		org(orgs, "山东省民政厅", OrganizationKind.SUPERVISOR, null, SupervisorKind.CIVIL_AFFAIRS, SHANDONG);

		org(orgs, "淄博市政府采购评审专家库", OrganizationKind.EXPERT_POOL, null, null, ZIBO);
		org(orgs, "山东正衡绩效评价咨询有限公司", OrganizationKind.EVALUATOR, null, null, ZIBO);

		user(orgs, "admin", "平台管理员", "GovBuy 平台运营中心", Role.ADMIN);
		user(orgs, "finance.shandong", "孙立华", "山东省财政厅", Role.FINANCE_CLERK);
		user(orgs, "finance.zibo", "王晓梅", "淄博市财政局", Role.FINANCE_CLERK);
		user(orgs, "reviewer.zibo", "李建国", "淄博市财政局", Role.FINANCE_REVIEWER);
		user(orgs, "finance.boshan", "赵海燕", "博山区财政局", Role.FINANCE_CLERK);
		user(orgs, "buyer.mzj", "刘芳", "淄博市民政局", Role.PURCHASER_CLERK);
		user(orgs, "head.mzj", "陈志强", "淄博市民政局", Role.PURCHASER_HEAD);
		user(orgs, "buyer.jgsw", "周敏", "淄博市机关事务管理局", Role.PURCHASER_CLERK);
		user(orgs, "buyer.boshan", "张丽", "博山区卫生健康局", Role.PURCHASER_CLERK);
		user(orgs, "buyer.rsj", "马骏", "淄博市人力资源和社会保障局", Role.PURCHASER_CLERK);
		user(orgs, "buyer.wjw", "韩雪", "淄博市卫生健康委员会", Role.PURCHASER_CLERK);
		user(orgs, "buyer.cl", "杨帆", "淄博市残疾人联合会", Role.PURCHASER_CLERK);
		user(orgs, "auditor.zibo", "高明", "淄博市审计局", Role.SUPERVISOR);
		user(orgs, "regulator.zibo", "吴静", "淄博市市场监督管理局", Role.SUPERVISOR);
		user(orgs, "expert.demo", "郑文博", "淄博市政府采购评审专家库", Role.EXPERT);
		user(orgs, "expert.li", "李红", "淄博市政府采购评审专家库", Role.EXPERT);
		user(orgs, "expert.sun", "孙伟", "淄博市政府采购评审专家库", Role.EXPERT);
		user(orgs, "evaluator.demo", "钱思远", "山东正衡绩效评价咨询有限公司", Role.EVALUATOR);
		// 财政承受能力 of the demo cities (seed 004): 淄博 ample, 博山 tight.
		parameter(ZIBO, "PURCHASE_SERVICE_CAPACITY", "300000000.00", "淄财预〔2025〕12号（演示）");
		parameter(BOSHAN, "PURCHASE_SERVICE_CAPACITY", "6000000.00", "博财预〔2025〕8号（演示）");
		log.info("演示数据已就绪：山东省 → 淄博市 → 博山区，演示账户密码 {}", password);
	}

	private void parameter(RegionCode region, String key, String value, String basis) {
		jdbc.sql("""
				insert into platform.policy_parameter (id, region_code, param_key, param_value, effective_from, basis,
				  created_by, created_at)
				values (:id, :region, :key, :value, date '2026-01-01', :basis, 'finance.zibo', now())
				on conflict (region_code, param_key, effective_from) do nothing""")
			.param("id", UUID.randomUUID())
			.param("region", region.value())
			.param("key", key)
			.param("value", value)
			.param("basis", basis)
			.update();
	}

	private void org(Map<String, UUID> orgs, String name, OrganizationKind kind, PurchaserType purchaserType,
			SupervisorKind supervisorKind, RegionCode region) {
		UUID id = jdbc.sql("select id from platform.organization where region_code = :region and name = :name")
			.param("region", region.value())
			.param("name", name)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> organizations
				.register(new NewOrganization(name, kind, purchaserType, supervisorKind, region, null))
				.id());
		orgs.put(name, id);
	}

	private void user(Map<String, UUID> orgs, String username, String displayName, String organization, Role role) {
		if (users.idOf(username).isEmpty()) {
			users.create(
					new NewUser(username, displayName, orgs.get(organization), Set.copyOf(EnumSet.of(role)), password));
		}
	}

}
