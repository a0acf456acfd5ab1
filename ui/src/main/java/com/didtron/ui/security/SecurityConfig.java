package com.didtron.ui.security;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.security.DidtronUserDetailsService;
import com.didtron.activities.security.LoginThrottle;
import com.didtron.activities.user.UserLogins;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may open what over HTTP. Views are guarded by their {@code @RolesAllowed}/{@code @PermitAll}
 * annotations (deny by default); {@code /actuator/health} is open but shows details to super admins
 * only; everything else needs a signed-in user. Every request of a session is checked against the
 * user's current state ({@link SessionGuardFilter}); sign-in is throttled and may need a second
 * factor ({@link ThrottledAuthenticationProvider}).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

  @Bean
  AuthenticationManager authenticationManager(
      DidtronUserDetailsService users,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      UserLogins logins,
      Accounts accounts) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(encoder);
    return new ProviderManager(
        new ThrottledAuthenticationProvider(passwords, throttle, logins, encoder, accounts));
  }

  @Bean
  SecurityFilterChain portal(HttpSecurity http, AuthenticationManager signIn, UserLogins logins)
      throws Exception {
    // the throttled sign-in; without this Spring would build its own unthrottled manager
    http.authenticationManager(signIn);
    http.authorizeHttpRequests(
        a ->
            a.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/images/**", "/favicon.ico")
                .permitAll()
                // the sign-in step pages (Spring MVC, not Vaadin routes): any signed-in session,
                // pending too
                .requestMatchers(
                    SessionGuardFilter.TWO_FACTOR,
                    SessionGuardFilter.TWO_FACTOR + "/**",
                    SessionGuardFilter.CHANGE_PASSWORD)
                .authenticated()
                // an address that leads to no page: the portal's not-found page, not an empty 403
                .requestMatchers(PageStatusFilter::leadsToNoPage)
                .authenticated());
    http.headers(h -> h.frameOptions(f -> f.sameOrigin()));
    http.addFilterBefore(new SessionGuardFilter(logins), AuthorizationFilter.class);
    // after the access checks: a page load answers 404 / 403 when it shows the friendly page
    http.addFilterAfter(new PageStatusFilter(), AuthorizationFilter.class);
    http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
    return http.build();
  }
}
