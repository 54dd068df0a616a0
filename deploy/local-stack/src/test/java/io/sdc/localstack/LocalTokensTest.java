package io.sdc.localstack;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalTokensTest {

    @Test
    void issuesATokenPerRoleThatThePublicKeyVerifies(@TempDir Path keys) throws Exception {
        Map<String, String> tokens = LocalTokens.in(keys).tokensPerRole();
        assertThat(tokens).containsOnlyKeys("commissioner", "trust-performance", "trust-finance", "auditor", "admin");

        JwtClaims claims = consumer(publicKey(keys.resolve("public-key.pem"))).processToClaims(tokens.get("trust-finance"));
        assertThat(claims.getIssuer()).isEqualTo("sdc-local-stack");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("trust-finance");
        assertThat(claims.getClaimValueAsString("upn")).isEqualTo("trust-finance@local-stack");
    }

    @Test
    void keepsItsKeyPairBetweenStarts(@TempDir Path keys) throws Exception {
        String before = Files.readString(LocalTokens.in(keys).publicKey());
        String token = LocalTokens.in(keys).token("someone", "auditor");

        assertThat(Files.readString(LocalTokens.in(keys).publicKey())).isEqualTo(before);
        consumer(publicKey(keys.resolve("public-key.pem"))).processToClaims(token);
    }

    @Test
    void tokensOfAnotherStackDoNotVerify(@TempDir Path ours, @TempDir Path theirs) throws Exception {
        String foreign = LocalTokens.in(theirs).token("intruder", "admin");
        LocalTokens.in(ours);

        assertThatThrownBy(() -> consumer(publicKey(ours.resolve("public-key.pem"))).processToClaims(foreign))
                .isInstanceOf(InvalidJwtException.class);
    }

    private static JwtConsumer consumer(PublicKey key) {
        return new JwtConsumerBuilder().setExpectedIssuer("sdc-local-stack").setVerificationKey(key)
                .setRequireExpirationTime().build();
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String encoded = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
    }
}
