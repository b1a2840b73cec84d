package org.bulwark.partners.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputsUnitTests {

    @Test
    void emailNeedsOneAtSignAndADomainWithADot() {
        assertThat(Inputs.isEmail("security.desk@venue.example.org")).isTrue();
        assertThat(Inputs.isEmail("someone@nowhere")).isFalse();
        assertThat(Inputs.isEmail("two@@example.org")).isFalse();
        assertThat(Inputs.isEmail("with space@example.org")).isFalse();
    }

    @Test
    void phoneAllowsInternationalNotationButNotWords() {
        assertThat(Inputs.isPhone("+44 (0)20 7946-0000")).isTrue();
        assertThat(Inputs.isPhone("01 23 45 67 89")).isTrue();
        assertThat(Inputs.isPhone("call me")).isFalse();
        assertThat(Inputs.isPhone("123")).isFalse();
    }

    @Test
    void websiteMustBeAFullWebAddress() {
        assertThat(Inputs.isWebsite("https://www.example.org/venue")).isTrue();
        assertThat(Inputs.isWebsite("www.example.org")).isFalse();
        assertThat(Inputs.isWebsite("javascript:alert(1)")).isFalse();
        assertThat(Inputs.isWebsite("ftp://example.org")).isFalse();
    }

    @Test
    void namesAreComparedIgnoringCaseAndRepeatedSpaces() {
        assertThat(Inputs.key("  Grand   Hotel ")).isEqualTo(Inputs.key("grand hotel"));
    }

    @Test
    void sectorCodeIsDerivedFromTheEnglishNameWithoutAccents() {
        assertThat(JdbcSectorCatalogue.codeFrom("Cafés & Bars")).isEqualTo("cafes-and-bars");
    }
}
