package org.govbuy.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issues bearer tokens to API clients. The same password check, lockout and audit as the
 * login form apply.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "认证", description = "获取 API 访问令牌")
class TokenController {

	private final AuthenticationManager authentication;

	private final JwtEncoder encoder;

	private final Clock clock;

	private final Duration validity;

	TokenController(AuthenticationManager authentication, JwtEncoder encoder, Clock clock,
			@Value("${govbuy.security.token-validity:8h}") Duration validity) {
		this.authentication = authentication;
		this.encoder = encoder;
		this.clock = clock;
		this.validity = validity;
	}

	/** Username and password of a GovBuy account. */
	record TokenRequest(@NotBlank(message = "请输入用户名") String username, @NotBlank(message = "请输入密码") String password) {
	}

	/** A bearer token and when it expires. */
	record TokenResponse(String token, String tokenType, Instant expiresAt, long expiresIn) {
	}

	@PostMapping("/token")
	@PreAuthorize("permitAll()")
	@Operation(summary = "用用户名和密码换取访问令牌",
			description = "令牌放在后续请求的 Authorization: Bearer 头中。同一账户自同一地址连续5次密码错误后，每次再试须等待逐次加倍的时间（答复429并带 Retry-After）；修改密码、角色或停用账户后，此前签发的令牌失效。")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		Authentication result;
		try {
			UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
				.unauthenticated(request.username().trim(), request.password());
			attempt.setDetails(new WebAuthenticationDetails(http));
			result = authentication.authenticate(attempt);
		}
		catch (LoginThrottledException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					SecurityConfiguration.reason(ex));
			problem.setTitle("请求过于频繁");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()))
				.body(problem);
		}
		catch (AuthenticationException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					SecurityConfiguration.reason(ex));
			problem.setTitle("认证失败");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
		}
		AccountPrincipal principal = (AccountPrincipal) result.getPrincipal();
		Instant now = clock.instant();
		Instant expiresAt = now.plus(validity);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("govbuy")
			.subject(principal.getUsername())
			.issuedAt(now)
			.expiresAt(expiresAt)
			.claim("uid", principal.user().id().toString())
			.claim("org", principal.user().organizationId().toString())
			.claim("roles", principal.roleNames())
			.claim(TokenAccounts.CREDENTIALS_VERSION, principal.credentialsVersion())
			.build();
		String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return ResponseEntity.ok(new TokenResponse(token, "Bearer", expiresAt, validity.toSeconds()));
	}

}
