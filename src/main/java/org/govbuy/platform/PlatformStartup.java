package org.govbuy.platform;

import java.util.EnumSet;

import org.govbuy.platform.calendar.HolidayCalendar;
import org.govbuy.platform.identity.UserAdministration;
import org.govbuy.platform.organization.OrganizationRegistry;
import org.govbuy.platform.parameter.ParameterRegistry;
import org.govbuy.platform.region.RegionImport;
import org.govbuy.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Reference data every installation needs, loaded idempotently at start: regions, the
 * official calendar, the central parameter values, and — on an empty production database
 * — the first administrator, whose password comes from {@code GOVBUY_ADMIN_PASSWORD}.
 */
@Component
@Order(0)
class PlatformStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlatformStartup.class);

	static final String OPERATOR_NAME = "GovBuy 平台运营中心";

	private final RegionImport regions;

	private final HolidayCalendar calendar;

	private final ParameterRegistry parameters;

	private final OrganizationRegistry organizations;

	private final UserAdministration users;

	private final String initialAdminPassword;

	private final Environment environment;

	private final javax.sql.DataSource dataSource;

	PlatformStartup(Environment environment, javax.sql.DataSource dataSource, RegionImport regions,
			HolidayCalendar calendar, ParameterRegistry parameters, OrganizationRegistry organizations,
			UserAdministration users, @Value("${govbuy.admin.initial-password:}") String initialAdminPassword) {
		this.regions = regions;
		this.calendar = calendar;
		this.parameters = parameters;
		this.organizations = organizations;
		this.users = users;
		this.initialAdminPassword = initialAdminPassword;
		this.environment = environment;
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		try (var connection = dataSource.getConnection()) {
			var meta = connection.getMetaData();
			log.info("数据库：{}（{} {}）", meta.getURL(), meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
		}
		regions.importBundled();
		calendar.importBundled();
		parameters.ensureCentralValues();
		if (users.count() == 0 && StringUtils.hasText(initialAdminPassword)) {
			Organization operator = organizations.register(new Organizations.NewOrganization(OPERATOR_NAME,
					OrganizationKind.OPERATOR, null, null, new RegionCode("000000"), null));
			users.create(new UserAdministration.NewUser("admin", "系统管理员", operator.id(), EnumSet.of(Role.ADMIN),
					initialAdminPassword));
			log.info("已创建首个管理员账户 admin（密码取自 GOVBUY_ADMIN_PASSWORD）");
		}
		else if (users.count() == 0 && !environment.matchesProfiles("demo")) {
			log.warn("数据库中没有任何用户：请设置 GOVBUY_ADMIN_PASSWORD 后重启以创建首个管理员账户 admin");
		}
	}

}
