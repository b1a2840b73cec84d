package org.bulwark.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every API operation needs a bearer token unless it declares otherwise (as the token endpoint does). */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {

    static final String BEARER = "bearer";

    @Bean
    OpenApiCustomizer bearerTokenSecurity() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            BEARER,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .description("A token from POST /api/v1/auth/token, sent as "
                                            + "'Authorization: Bearer <token>'. Tokens expire; request a new one."));
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
        };
    }
}
