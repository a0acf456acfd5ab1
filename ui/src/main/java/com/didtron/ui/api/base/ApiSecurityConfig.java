package com.didtron.ui.api.base;

import com.didtron.activities.apikey.ApiKeyAuthenticator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security of the REST API, apart from the portal's: {@code /api/**} is stateless (no session, no
 * CSRF token, no login page), authenticated by {@code Authorization: Bearer <API key>}; failures
 * are JSON problem details (401 without a valid key, 403 when roles or tenant forbid). The OpenAPI
 * description at {@code /v3/api-docs} is public. Role and tenant checks happen in the services.
 */
@Configuration
public class ApiSecurityConfig {

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiKeyAuthenticator keys, JsonMapper json)
      throws Exception {
    ApiProblems problems = new ApiProblems(json);
    http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .formLogin(f -> f.disable())
        .httpBasic(b -> b.disable())
        .logout(l -> l.disable())
        .addFilterBefore(
            new ApiKeyAuthenticationFilter(keys, problems),
            UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            problems.write(
                                res,
                                401,
                                "Unauthorized",
                                "Send your API key as 'Authorization: Bearer <key>'"))
                    .accessDeniedHandler(
                        (req, res, ex) -> problems.write(res, 403, "Forbidden", ex.getMessage())));
    return http.build();
  }

  /**
   * Payment provider webhooks: no session, no CSRF token, no user — each controller verifies the
   * provider's signature before it reads anything.
   */
  @Bean
  @Order(2)
  SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
    http.securityMatcher("/webhooks/**")
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }
}
