package org.govbuy.platform.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.govbuy.platform.AuditTrail;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the JSON API is stateless with bearer tokens and no CSRF; pages use
 * form login with sessions in PostgreSQL and CSRF protection (the public survey has a
 * stateless chain of its own). Every request not listed as public needs a signed-in user;
 * finer rules sit on the controllers ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/login", "/portal", "/portal/**", "/webjars/**", "/css/**", "/js/**",
			"/images/**", "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
			// Addresses of pages that moved (platform.web.MovedPages): only a redirect
			// lives here.
			"/admin/catalog/**", "/admin/provider/**", "/admin/platform/**" };

	/**
	 * {@code /actuator/prometheus}: the scrape token ({@link ScrapeToken}) or an
	 * administrator's bearer token; anonymous or other scrapes get 401/403 problem+json,
	 * never the login page.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain scrapeChain(HttpSecurity http, TokenAccounts tokenAccounts,
			@Value("${govbuy.metrics.token:}") String scrapeToken) throws Exception {
		ScrapeToken scrape = new ScrapeToken(scrapeToken);
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(ScrapeToken.ROLE, "ADMIN"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(scrape, BearerTokenAuthenticationFilter.class)
			.oauth2ResourceServer(resource -> resource.bearerTokenResolver(scrape)
				.jwt(jwt -> jwt.jwtAuthenticationConverter(tokenAccounts))
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED, "未认证",
						SCRAPE_CREDENTIAL)))
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint(
						(request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED, "未认证", SCRAPE_CREDENTIAL))
				.accessDeniedHandler(
						(request, response, ex) -> problem(response, HttpStatus.FORBIDDEN, "无权访问", "当前用户无权读取运行指标")))
			.headers(SecurityConfiguration::securityHeaders);
		return http.build();
	}

	static final String SCRAPE_CREDENTIAL = "读取运行指标需要抓取令牌（GOVBUY_METRICS_TOKEN）或系统管理员的访问令牌";

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, TokenAccounts tokenAccounts) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher api = new OrRequestMatcher(paths.matcher("/api/**"),
				// Metrics scrapers send a bearer token instead of a session.
				new AndRequestMatcher(paths.matcher("/actuator/**"), new RequestHeaderRequestMatcher("Authorization")));
		http.securityMatcher(api)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(paths.matcher("/api/v1/auth/token"), paths.matcher("/api/v1/public/**"),
						paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**"))
				.permitAll()
				.requestMatchers(paths.matcher("/actuator/**"))
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(tokenAccounts))
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED, "未认证",
						ex instanceof InvalidBearerTokenException ? "访问令牌无效或已过期，请重新获取"
								: "请先通过 POST /api/v1/auth/token 获取访问令牌")))
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED, "未认证",
						"请先通过 POST /api/v1/auth/token 获取访问令牌"))
				.accessDeniedHandler(
						(request, response, ex) -> problem(response, HttpStatus.FORBIDDEN, "无权访问", "当前用户无权执行此操作")))
			.headers(SecurityConfiguration::securityHeaders);
		return http.build();
	}

	/**
	 * The service recipients' survey ({@code /portal/survey/**}): public and stateless,
	 * without CSRF — the unguessable token in the address is the capability — so
	 * answering needs no cookie and none is set (no session, no CSRF token). The same
	 * security headers as every other page.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain surveyChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/portal/survey/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> securityHeaders(headers.frameOptions(frame -> frame.sameOrigin())));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		// The throttled manager below, not one Spring Security would build by itself.
		http.authenticationManager(authenticationManager);
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> securityHeaders(headers.frameOptions(frame -> frame.sameOrigin())));
		return http.build();
	}

	/**
	 * Scripts, styles, images, fonts and requests only from the application itself (its
	 * own files and WebJars); no inline script or style, no plugins, no framing by other
	 * sites. Browsers send no full URL to other sites and get no camera, microphone or
	 * location.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "accelerometer=(), gyroscope=(), magnetometer=()";

	/**
	 * Swagger UI (demo profile, or when enabled) injects a {@code <style>} from its
	 * bundle: its own pages alone may use inline styles.
	 */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher swagger = new OrRequestMatcher(paths.matcher("/swagger-ui/**"),
				paths.matcher("/swagger-ui.html"));
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
					new ContentSecurityPolicyHeaderWriter(SWAGGER_CONTENT_SECURITY_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> {
			String reason = exception instanceof LoginThrottledException ? "wait" : exception instanceof LockedException
					? "locked" : exception instanceof DisabledException ? "disabled" : "bad";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, behind {id} prefixes so hashes can be upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Password sign-ins, throttled. Disabled or locked accounts are told so only after
	 * the right password: before it, an unknown user and a wrong password get the same
	 * answer (for an unknown user the provider still runs the encoder on a dummy hash, so
	 * the time taken is the same too).
	 */
	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder encoder,
			AuthenticationEventPublisher events, LoginThrottle throttle, AuditTrail audit) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(encoder);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(SecurityConfiguration::checkAccountStatus);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(events);
		return new ThrottledAuthentication(manager, throttle, audit);
	}

	private static void checkAccountStatus(UserDetails user) {
		if (!user.isAccountNonLocked()) {
			throw new LockedException("账户已锁定");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("账户已停用");
		}
		if (!user.isAccountNonExpired()) {
			throw new AccountExpiredException("账户已过期");
		}
		if (!user.isCredentialsNonExpired()) {
			throw new CredentialsExpiredException("密码已过期");
		}
	}

	@Bean
	JwtEncoder jwtEncoder(TokenKeys keys) {
		return NimbusJwtEncoder.withSecretKey(keys.key()).algorithm(MacAlgorithm.HS256).build();
	}

	@Bean
	JwtDecoder jwtDecoder(TokenKeys keys) {
		return NimbusJwtDecoder.withSecretKey(keys.key()).macAlgorithm(MacAlgorithm.HS256).build();
	}

	static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}

	static String reason(AuthenticationException exception) {
		if (exception instanceof LoginThrottledException) {
			return LoginThrottledException.MESSAGE;
		}
		if (exception instanceof LockedException) {
			return "账户已锁定，请联系系统管理员";
		}
		if (exception instanceof DisabledException) {
			return "账户已停用，请联系系统管理员";
		}
		return "用户名或密码错误";
	}

}
