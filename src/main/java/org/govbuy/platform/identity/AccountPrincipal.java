package org.govbuy.platform.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.govbuy.platform.CurrentUser;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in account: what Spring Security keeps in the session (serialized into
 * PostgreSQL) and what a bearer token resolves to.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private final int credentialsVersion;

	AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked, boolean mustChangePassword,
			int credentialsVersion) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
		this.credentialsVersion = credentialsVersion;
	}

	/**
	 * Raised by every password change, role change and disabling: a bearer token carrying
	 * an older value is refused.
	 */
	int credentialsVersion() {
		return credentialsVersion;
	}

	public CurrentUser user() {
		return user;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	List<String> roleNames() {
		return user.roles().stream().map(Enum::name).sorted().toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && user.id().equals(that.user.id());
	}

	@Override
	public int hashCode() {
		return user.id().hashCode();
	}

	@Override
	public String toString() {
		return user.username();
	}

}
