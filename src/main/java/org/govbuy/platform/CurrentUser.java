package org.govbuy.platform;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.govbuy.platform.identity.AccountPrincipal;
import org.govbuy.shared.RegionCode;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every module sees it, whether they came through the login form or
 * with a bearer token.
 */
public record CurrentUser(UUID id, String username, String displayName, UUID organizationId, String organizationName,
		RegionCode region, Set<Role> roles) implements java.io.Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(Role... candidates) {
		for (Role candidate : candidates) {
			if (roles.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What this user may see: own organization, or own region and below, or everything.
	 */
	public DataScope scope() {
		if (hasRole(Role.ADMIN)) {
			return DataScope.everything();
		}
		if (roles.stream().anyMatch(Role::seesRegion)) {
			return DataScope.regionAndBelow(region, organizationId);
		}
		return DataScope.organization(organizationId, region);
	}

	/** The user of the current request, if someone is signed in. */
	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	/** The user of the current request; refuses anonymous access. */
	public static CurrentUser require() {
		return current().orElseThrow(() -> new AccessDeniedException("未登录"));
	}

}
