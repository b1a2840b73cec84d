package org.bulwark;

import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the REST API in its OpenAPI document, which partner systems read first. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenApiCustomizer bulwarkApiInfo() {
        return openApi -> openApi.info(new Info()
                .title("Bulwark API")
                .version("v1")
                .description("The partnership's registry of partners and sites for partner systems and tools. "
                        + "Authenticate with a bearer token from POST /api/v1/auth/token; errors are RFC 9457 "
                        + "problem+json documents."));
    }
}
