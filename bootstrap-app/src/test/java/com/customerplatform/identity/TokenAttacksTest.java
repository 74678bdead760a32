package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.adapter.out.security.SigningKeys;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every forged, stale or misdirected token is refused with 401 and an invalid_token challenge. */
class TokenAttacksTest extends PlatformIntegrationTest {

    @Autowired
    SigningKeys keys;

    String validToken;
    JsonNode validClaims;

    @BeforeEach
    void signIn() throws Exception {
        validToken = adminToken();
        validClaims = json.readTree(Base64.getUrlDecoder().decode(validToken.split("\\.", -1)[1]));
    }

    @Test
    void theGenuineTokenIsAccepted() throws Exception {
        assertThat(me(validToken).statusCode()).isEqualTo(200);
    }

    @Test
    void algNoneIsRefused() throws Exception {
        String header =
                base64Url("{\"alg\":\"none\",\"kid\":\"" + keys.current().id() + "\"}");
        assertRefused(header + "." + validToken.split("\\.", -1)[1] + ".");
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        String header =
                base64Url("{\"alg\":\"HS256\",\"kid\":\"" + keys.current().id() + "\"}");
        String signingInput = header + "." + validToken.split("\\.", -1)[1];
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(keys.current().publicKey().getEncoded(), "HmacSHA256"));
        String signature = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        assertRefused(signingInput + "." + signature);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant twoMinutesAgo = Instant.now().minus(Duration.ofMinutes(2));
        assertRefused(genuine()
                .issuedAt(Date.from(twoMinutesAgo.minus(Duration.ofMinutes(15))))
                .notBefore(Date.from(twoMinutesAgo.minus(Duration.ofMinutes(15))))
                .expiration(Date.from(twoMinutesAgo))
                .signWith(keys.current().privateKey(), Jwts.SIG.RS256)
                .compact());
    }

    @Test
    void aTokenNotYetValidIsRefused() throws Exception {
        assertRefused(genuine()
                .notBefore(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .signWith(keys.current().privateKey(), Jwts.SIG.RS256)
                .compact());
    }

    @Test
    void aTamperedPayloadIsRefused() throws Exception {
        String[] parts = validToken.split("\\.", -1);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"role\":\"admin\"", "\"role\":\"admin\",\"x\":1");
        assertRefused(parts[0] + "." + base64Url(payload) + "." + parts[2]);
    }

    @Test
    void aTokenWithAnUnknownKeyIdIsRefused() throws Exception {
        SigningKeys stranger = SigningKeys.generated();
        assertRefused(genuine()
                .header()
                .keyId(stranger.current().id())
                .and()
                .signWith(stranger.current().privateKey(), Jwts.SIG.RS256)
                .compact());
    }

    @Test
    void aTokenSignedByAnotherKeyUnderOurKeyIdIsRefused() throws Exception {
        assertRefused(genuine()
                .signWith(SigningKeys.generated().current().privateKey(), Jwts.SIG.RS256)
                .compact());
    }

    @Test
    void anotherIssuerIsRefused() throws Exception {
        assertRefused(genuine()
                .issuer("someone-else")
                .signWith(keys.current().privateKey(), Jwts.SIG.RS256)
                .compact());
    }

    @Test
    void anotherAudienceIsRefused() throws Exception {
        assertRefused(genuine()
                .audience()
                .single("another-service")
                .signWith(keys.current().privateKey(), Jwts.SIG.RS256)
                .compact());
    }

    @Test
    void aRefreshTypedJwtIsRefusedAsAnAccessToken() throws Exception {
        assertRefused(genuine()
                .claim("typ", "refresh")
                .signWith(keys.current().privateKey(), Jwts.SIG.RS256)
                .compact());
    }

    @Test
    void theRefreshTokenIsRefusedAsAnAccessToken() throws Exception {
        HttpResponse<String> login = post(
                "/api/v1/auth/login",
                "application/json",
                "{\"username\":\"" + ADMIN_USERNAME + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertRefused(body(login).get("refresh_token").asString());
    }

    @Test
    void garbageIsRefused() throws Exception {
        assertRefused("not-a-jwt");
        assertRefused("a.b.c");
    }

    /** The claims of the genuine token, re-signed by the test: each attack changes one thing. */
    private JwtBuilder genuine() {
        Instant now = Instant.now();
        return Jwts.builder()
                .header()
                .keyId(keys.current().id())
                .and()
                .issuer(validClaims.get("iss").asString())
                .audience()
                .add(validClaims.get("aud").get(0).asString())
                .and()
                .subject(validClaims.get("sub").asString())
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now))
                .notBefore(Date.from(now))
                .expiration(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("typ", "access")
                .claim("sid", validClaims.get("sid").asString())
                .claim("role", "admin")
                .claim("permissions", List.of("*"))
                .claim("superuser", true);
    }

    private HttpResponse<String> me(String token) throws Exception {
        return send(request("/api/v1/auth/me", token).GET());
    }

    private void assertRefused(String token) throws Exception {
        HttpResponse<String> response = me(token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response).get("error_code").asString()).isEqualTo("INVALID_TOKEN");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
