package org.bulwark.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenHashingUnitTests {

    @Test
    void tokenIs32RandomBytesInUrlSafeBase64WithoutPadding() {
        String token = TokenHashing.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(TokenHashing.newToken());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void hashIsTheHexadecimalSha256OfTheToken() {
        // the SHA-256 test vector of FIPS 180-2 for "abc"
        assertThat(TokenHashing.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashIsStableAndNeverTheTokenItself() {
        String token = TokenHashing.newToken();

        assertThat(TokenHashing.hash(token))
                .isEqualTo(TokenHashing.hash(token))
                .hasSize(64)
                .doesNotContain(token);
    }

    @Test
    void differentTokensHaveDifferentHashes() {
        assertThat(TokenHashing.hash(TokenHashing.newToken())).isNotEqualTo(TokenHashing.hash(TokenHashing.newToken()));
    }
}
