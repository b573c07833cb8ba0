package org.govbuy.platform.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.Organization;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations.NewOrganization;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.PurchaserType;
import org.govbuy.platform.Region;
import org.govbuy.platform.RegionalParameters.ParameterValue;
import org.govbuy.platform.Regions;
import org.govbuy.platform.Role;
import org.govbuy.platform.SupervisorKind;
import org.govbuy.platform.identity.UserAdministration;
import org.govbuy.platform.identity.UserAdministration.NewUser;
import org.govbuy.platform.identity.UserAdministration.UserSummary;
import org.govbuy.platform.organization.OrganizationRegistry;
import org.govbuy.platform.parameter.ParameterRegistry;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.WorkingDayCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's JSON endpoints, each with its authorization rule and the caller's data
 * scope.
 */
final class PlatformApi {

	private PlatformApi() {
	}

	static final String FINANCE_OR_ADMIN = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')";

	/** A page of results with the total count. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ResultPage")
	record Page<T>(List<T> items, long total, int page, int size) {

		static <T> Page<T> of(List<T> all, int page, int size) {
			int safeSize = Math.min(Math.max(size, 1), 200);
			int safePage = Math.max(page, 0);
			int from = Math.min(safePage * safeSize, all.size());
			return new Page<>(all.subList(from, Math.min(from + safeSize, all.size())), all.size(), safePage, safeSize);
		}

	}

	@RestController
	@Tag(name = "账户", description = "当前用户与用户管理")
	static class Accounts {

		private final UserAdministration users;

		Accounts(UserAdministration users) {
			this.users = users;
		}

		@GetMapping("/api/v1/me")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "当前用户、所属单位、角色和数据范围")
		Me me() {
			CurrentUser user = CurrentUser.require();
			return new Me(user, user.scope().kind().name());
		}

		record Me(CurrentUser user, String scope) {
		}

		/** What creating an account takes. */
		record CreateUser(@NotBlank(message = "请填写用户名") String username,
				@NotBlank(message = "请填写姓名") @Size(max = 100, message = "姓名不超过100字") String displayName,
				@NotNull(message = "请选择所属单位") UUID organizationId, @NotEmpty(message = "请至少选择一个角色") Set<Role> roles,
				@NotBlank(message = "请设置初始密码") String password) {
		}

		record Roles(@NotEmpty(message = "请至少选择一个角色") Set<Role> roles) {
		}

		record PasswordReset(@NotBlank(message = "请设置新密码") String password) {
		}

		@GetMapping("/api/v1/users")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "可见的用户列表（按姓名、用户名或单位筛选）",
				description = "系统管理员可见全部账户；财政、监督用户可见本地区及下级地区单位的账户；其他用户仅可见本人账户。与按编号查看用户适用同一规则。")
		Page<UserSummary> list(@RequestParam(required = false) String q,
				@RequestParam(required = false) UUID organizationId, @RequestParam(defaultValue = "0") int page,
				@RequestParam(defaultValue = "50") int size) {
			return Page.of(users.visibleTo(CurrentUser.require(), organizationId, q), page, size);
		}

		@GetMapping("/api/v1/users/{id}")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "查看用户（与用户列表同一可见规则，不可见的答复404）")
		UserSummary get(@PathVariable UUID id) {
			return users.getVisible(id);
		}

		@PostMapping("/api/v1/users")
		@PreAuthorize("hasRole('ADMIN')")
		@ResponseStatus(HttpStatus.CREATED)
		@Operation(summary = "创建用户（角色须与单位类别相符，密码须满足复杂度要求）")
		UserSummary create(@Valid @RequestBody CreateUser request) {
			return users.create(new NewUser(request.username(), request.displayName(), request.organizationId(),
					request.roles(), request.password()));
		}

		@PostMapping("/api/v1/users/{id}/disable")
		@PreAuthorize("hasRole('ADMIN')")
		@Operation(summary = "停用用户")
		UserSummary disable(@PathVariable UUID id) {
			return users.setEnabled(id, false);
		}

		@PostMapping("/api/v1/users/{id}/enable")
		@PreAuthorize("hasRole('ADMIN')")
		@Operation(summary = "启用用户")
		UserSummary enable(@PathVariable UUID id) {
			return users.setEnabled(id, true);
		}

		@PutMapping("/api/v1/users/{id}/roles")
		@PreAuthorize("hasRole('ADMIN')")
		@Operation(summary = "设置用户角色")
		UserSummary roles(@PathVariable UUID id, @Valid @RequestBody Roles request) {
			return users.setRoles(id, request.roles());
		}

		@PostMapping("/api/v1/users/{id}/password-reset")
		@PreAuthorize("hasRole('ADMIN')")
		@Operation(summary = "重置密码（用户下次登录须修改）")
		UserSummary resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordReset request) {
			return users.resetPassword(id, request.password());
		}

	}

	@RestController
	@Tag(name = "单位", description = "财政部门、购买主体、监督部门等单位")
	static class OrganizationsApi {

		private final OrganizationRegistry organizations;

		OrganizationsApi(OrganizationRegistry organizations) {
			this.organizations = organizations;
		}

		/** What registering an organization takes. */
		record RegisterOrganization(@NotBlank(message = "请填写单位名称") @Size(max = 200, message = "名称不超过200字") String name,
				@NotNull(message = "请选择单位类别") OrganizationKind kind, PurchaserType purchaserType,
				SupervisorKind supervisorKind,
				@NotBlank(message = "请选择行政区划") @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字") String region,
				String creditCode) {
		}

		@GetMapping("/api/v1/organizations")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "数据范围内的单位（按类别、名称筛选）")
		Page<Organization> list(@RequestParam(required = false) OrganizationKind kind,
				@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
				@RequestParam(defaultValue = "50") int size) {
			return Page.of(organizations.search(CurrentUser.require().scope(), kind, name), page, size);
		}

		@GetMapping("/api/v1/organizations/{id}")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "查看单位（数据范围外的单位答复404）")
		Organization get(@PathVariable UUID id) {
			return organizations.getVisible(id);
		}

		@PostMapping("/api/v1/organizations")
		@PreAuthorize("hasRole('ADMIN')")
		@ResponseStatus(HttpStatus.CREATED)
		@Operation(summary = "登记单位（购买主体类型按财政部令第102号第五条、第八条、第三十三条校验）")
		Organization register(@Valid @RequestBody RegisterOrganization request) {
			return organizations.register(new NewOrganization(request.name(), request.kind(), request.purchaserType(),
					request.supervisorKind(), new RegionCode(request.region()), request.creditCode()));
		}

		@PostMapping("/api/v1/organizations/{id}/disable")
		@PreAuthorize("hasRole('ADMIN')")
		@Operation(summary = "停用单位（其用户不能登录）")
		Organization disable(@PathVariable UUID id) {
			return organizations.setEnabled(id, false);
		}

		@PostMapping("/api/v1/organizations/{id}/enable")
		@PreAuthorize("hasRole('ADMIN')")
		@Operation(summary = "启用单位")
		Organization enable(@PathVariable UUID id) {
			return organizations.setEnabled(id, true);
		}

	}

	@RestController
	@Tag(name = "行政区划", description = "GB/T 2260 行政区划")
	static class RegionsApi {

		private final Regions regions;

		RegionsApi(Regions regions) {
			this.regions = regions;
		}

		@GetMapping("/api/v1/regions/{code}")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "行政区划及其上级路径")
		List<Region> path(@PathVariable String code) {
			RegionCode region = parse(code);
			regions.get(region);
			return regions.path(region);
		}

		@GetMapping("/api/v1/regions/{code}/children")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "下级行政区划")
		List<Region> children(@PathVariable String code) {
			RegionCode region = parse(code);
			regions.get(region);
			return regions.children(region);
		}

		private static RegionCode parse(String code) {
			if (!RegionCode.isValid(code)) {
				throw new org.govbuy.platform.InvalidInputException("code", "行政区划代码应为6位数字：" + code);
			}
			return new RegionCode(code);
		}

	}

	@RestController
	@Tag(name = "政策参数", description = "分地区、有生效日期的政策参数")
	static class ParametersApi {

		private final ParameterRegistry parameters;

		private final Clock clock;

		ParametersApi(ParameterRegistry parameters, Clock clock) {
			this.parameters = parameters;
			this.clock = clock;
		}

		/** A value in force and where it comes from. */
		record InForce(PolicyParameter parameter, String label, String value, String setBy, LocalDate effectiveFrom,
				String basis) {
		}

		/** A new value for a region from a date. */
		record SetParameter(
				@NotBlank(message = "请选择行政区划") @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字") String region,
				@NotNull(message = "请选择参数") PolicyParameter parameter, @NotBlank(message = "请填写参数值") String value,
				@NotNull(message = "请填写生效日期") LocalDate effectiveFrom, String basis) {
		}

		@GetMapping("/api/v1/parameters")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "某地区某日生效的全部政策参数及其来源（本级或继承）")
		List<InForce> inForce(@RequestParam(required = false) String region,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
			RegionCode code = region == null || region.isBlank() ? CurrentUser.require().region()
					: new RegionCode(region);
			LocalDate on = date == null ? LocalDate.now(clock) : date;
			return Arrays.stream(PolicyParameter.values()).map(parameter -> {
				ParameterValue value = parameters.valueAt(code, parameter, on);
				return new InForce(parameter, parameter.label(), value.value(), value.setBy().value(),
						value.effectiveFrom(), parameter.basis());
			}).toList();
		}

		@PostMapping("/api/v1/parameters")
		@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_REVIEWER')")
		@ResponseStatus(HttpStatus.CREATED)
		@Operation(summary = "设置本地区（或下级地区）参数的新取值，自生效日期起适用")
		ParameterRegistry.StoredValue set(@Valid @RequestBody SetParameter request) {
			return parameters.set(new RegionCode(request.region()), request.parameter(), request.value(),
					request.effectiveFrom(), request.basis());
		}

	}

	@RestController
	@Tag(name = "工作日历", description = "法定节假日、调休与期限计算")
	static class CalendarApi {

		private final LegalCalendar calendar;

		CalendarApi(LegalCalendar calendar) {
			this.calendar = calendar;
		}

		/** The n-th working day after a date. */
		record WorkingDays(LocalDate from, int add, LocalDate date, boolean provisional) {
		}

		/** A calendar-day period's last day under 民法典 第二百零三条. */
		record Deadline(LocalDate from, int days, LocalDate date, boolean provisional) {
		}

		/** Working days in (from, to]. */
		record Count(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
		}

		@GetMapping("/api/v1/calendar/working-days")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "某日之后第N个工作日（起算日不计入）；超出已导入年份的结果标记为暂定")
		WorkingDays add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam int add) {
			checkDays(add);
			WorkingDayCalendar days = calendar.calendar();
			LocalDate date = days.addWorkingDays(from, add);
			return new WorkingDays(from, add, date, !days.covers(from) || !days.covers(date));
		}

		@GetMapping("/api/v1/calendar/deadline")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "自某日起N日的期间届满日（最后一日为法定休假日的顺延至其后第一个工作日）")
		Deadline deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam int days) {
			checkDays(days);
			WorkingDayCalendar calendarDays = calendar.calendar();
			LocalDate date = calendarDays.calendarDayDeadline(from, days);
			return new Deadline(from, days, date, !calendarDays.covers(from) || !calendarDays.covers(date));
		}

		@GetMapping("/api/v1/calendar/working-days/count")
		@PreAuthorize("isAuthenticated()")
		@Operation(summary = "两日之间（不含起始日、含截止日）的工作日数")
		Count count(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
			if (from.plusYears(5).isBefore(to)) {
				throw new org.govbuy.platform.InvalidInputException("to", "区间不能超过5年");
			}
			WorkingDayCalendar days = calendar.calendar();
			return new Count(from, to, days.workingDaysBetween(from, to), !days.covers(from) || !days.covers(to));
		}

		private static void checkDays(int days) {
			if (days < 0 || days > 3650) {
				throw new org.govbuy.platform.InvalidInputException("add", "天数须在0到3650之间");
			}
		}

	}

}
