package com.didtron.ui.api.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs}: every operation needs a bearer API key.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {
  static final String SCHEME = "apiKey";

  @Bean
  OpenAPI didtronOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("DIDTron API")
                .version("1")
                .description(
                    "Wholesale VoIP platform API. Authenticate with 'Authorization: Bearer <API key>' "
                        + "(create keys in the portal under API keys, or with 'didtron admin api-key create')."))
        .components(
            new Components()
                .addSecuritySchemes(
                    SCHEME,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A DIDTron API key")))
        .addSecurityItem(new SecurityRequirement().addList(SCHEME));
  }
}
