package org.govbuy.catalog.application;

import org.govbuy.catalog.domain.CatalogVersion;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.shared.RegionCode;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a catalog: the finance bureau of a region edits and files its own
 * catalog; the finance bureaus above read what was filed with them and comment on it;
 * everyone signed in reads published versions (they are public on the portal anyway), and
 * lists show purchasers the catalogs of their own region and the regions above it.
 */
public final class CatalogAccess {

	private CatalogAccess() {
	}

	public static boolean isFinance(CurrentUser user) {
		return user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER);
	}

	/** Whether the user edits the catalogs of this region. */
	public static boolean canEdit(CurrentUser user, RegionCode region) {
		return user.hasRole(Role.ADMIN) || (isFinance(user) && user.region() != null && user.region().equals(region));
	}

	/**
	 * Whether the user's finance bureau lies above the region (and so receives its
	 * filings).
	 */
	public static boolean isAbove(CurrentUser user, RegionCode region) {
		return user.region() != null && !user.region().equals(region) && user.region().contains(region);
	}

	public static boolean canRead(CurrentUser user, CatalogVersion version) {
		if (user.hasRole(Role.ADMIN) || canEdit(user, version.region())) {
			return true;
		}
		if (version.wasPublished()) {
			return true;
		}
		return false;
	}

	/** Whether the version belongs in the user's lists. */
	public static boolean relevant(CurrentUser user, CatalogVersion version) {
		if (user.hasRole(Role.ADMIN) || canEdit(user, version.region())) {
			return true;
		}
		if (!version.wasPublished()) {
			return false;
		}
		RegionCode mine = user.region();
		if (mine == null) {
			return true;
		}
		if (version.region().contains(mine)) {
			return true;
		}
		return (isFinance(user) || user.hasRole(Role.SUPERVISOR)) && mine.contains(version.region());
	}

	/**
	 * Reads the filing (comments, reviews) of a version: its own bureau and the bureaus
	 * above.
	 */
	public static boolean canSeeFiling(CurrentUser user, CatalogVersion version) {
		return user.hasRole(Role.ADMIN) || canEdit(user, version.region())
				|| (isFinance(user) && isAbove(user, version.region()) && version.isFiled())
				|| (user.hasRole(Role.SUPERVISOR) && user.region() != null && user.region().contains(version.region()));
	}

	/**
	 * Comments on a filing: the region's own bureau answers, the bureaus above review.
	 */
	public static boolean canComment(CurrentUser user, CatalogVersion version) {
		return version.isFiled() && (user.hasRole(Role.ADMIN) || canEdit(user, version.region())
				|| (isFinance(user) && isAbove(user, version.region())));
	}

	public static void requireRead(CurrentUser user, CatalogVersion version) {
		if (!canRead(user, version)) {
			throw new NotFoundException("目录版本不存在或不在您的数据范围内");
		}
	}

	public static void requireEdit(CurrentUser user, RegionCode region) {
		if (!canEdit(user, region)) {
			throw new AccessDeniedException("只有 " + region + " 的财政部门可以编辑该地区的指导性目录");
		}
	}

}
