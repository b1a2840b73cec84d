package org.bulwark.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyUnitTests {

    @Test
    void withoutTileUrlImagesComeOnlyFromBulwarkItself() {
        assertThat(ContentSecurityPolicy.forTileUrl(""))
                .contains("img-src 'self' data: blob:;")
                .contains("script-src 'self';")
                .contains("style-src 'self';")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe");
    }

    @Test
    void tileUrlAddsOnlyItsOriginToImageSources() {
        assertThat(ContentSecurityPolicy.forTileUrl("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png?key=abc"))
                .contains("img-src 'self' data: blob: https://tiles.example.org:8443;")
                .doesNotContain("osm")
                .doesNotContain("key=abc");
    }

    @Test
    void subdomainPlaceholderOfTileUrlBecomesAWildcard() {
        assertThat(ContentSecurityPolicy.tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.org");
    }

    @Test
    void tileUrlThatCannotBeASourceIsLeftOut() {
        assertThat(ContentSecurityPolicy.tileOrigin("https://tile.{s}.example.org/{z}/{x}/{y}.png"))
                .isNull();
        assertThat(ContentSecurityPolicy.tileOrigin("ftp://tiles.example.org/{z}/{x}/{y}.png"))
                .isNull();
        assertThat(ContentSecurityPolicy.tileOrigin("https://evil.example.org; script-src *"))
                .isNull();
    }

    @Test
    void userInformationOfTileUrlIsNotPartOfTheOrigin() {
        assertThat(ContentSecurityPolicy.tileOrigin("https://user:secret@tiles.example.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://tiles.example.org");
    }

    @Test
    void scriptsStayLimitedToBulwarkWhateverTheTileUrl() {
        assertThat(ContentSecurityPolicy.forTileUrl("https://tiles.example.org/{z}/{x}/{y}.png"))
                .contains("script-src 'self';")
                .contains("connect-src 'self';");
    }
}
