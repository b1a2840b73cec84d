package org.bulwark.identity.internal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersIntegrationTests {

    @Autowired
    MockMvc mvc;

    static void expectSecurityHeaders(ResultActions result) throws Exception {
        result.andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("default-src 'self'"),
                                        containsString("script-src 'self';"),
                                        containsString("style-src 'self';"),
                                        containsString("object-src 'none'"),
                                        containsString("frame-ancestors 'none'"),
                                        not(containsString("unsafe-inline")),
                                        not(containsString("unsafe-eval")))))
                .andExpect(header().string(
                                "Strict-Transport-Security",
                                allOf(containsString("max-age=31536000"), containsString("includeSubDomains"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string(
                                "Permissions-Policy",
                                allOf(containsString("camera=()"), containsString("microphone=()"))));
    }

    @Test
    void pagesSendTheSecurityHeaders() throws Exception {
        expectSecurityHeaders(mvc.perform(get("/login")));
    }

    @Test
    void apiResponsesSendTheSecurityHeaders() throws Exception {
        expectSecurityHeaders(mvc.perform(get("/api/v1/me")));
    }

    @Test
    void withoutTileServerImagesComeOnlyFromBulwark() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data: blob:;")));
    }

    @Nested
    @SpringBootTest(properties = "bulwark.sites.map.tile-url=https://{s}.tiles.example.org/osm/{z}/{x}/{y}.png")
    @AutoConfigureMockMvc
    class WithTileServer {

        @Autowired
        MockMvc mvc;

        @Test
        void imageSourcesAllowTheOriginOfTheTileUrlOnly() throws Exception {
            mvc.perform(get("/login"))
                    .andExpect(header().string(
                                    "Content-Security-Policy",
                                    allOf(
                                            containsString("img-src 'self' data: blob: https://*.tiles.example.org;"),
                                            containsString("script-src 'self';"),
                                            not(containsString("/osm")))));
        }
    }
}
