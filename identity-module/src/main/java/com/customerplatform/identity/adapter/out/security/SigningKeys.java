package com.customerplatform.identity.adapter.out.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The RSA keys tokens are signed and verified with: the current signing key, plus the public keys
 * of previous ones so tokens signed before a rotation stay valid until they expire. Each key has
 * the id that tokens name in their {@code kid} header.
 */
public final class SigningKeys {

    private final SigningKey current;
    private final Map<String, PublicKey> verificationKeys = new LinkedHashMap<>();

    private SigningKeys(SigningKey current, Map<String, PublicKey> previous) {
        this.current = current;
        verificationKeys.put(current.id(), current.publicKey());
        previous.forEach(verificationKeys::putIfAbsent);
    }

    /** Keys from configuration: a PKCS#8 PEM private key and X.509 PEM public keys of earlier ones. */
    public static SigningKeys fromPem(String keyId, String privateKeyPem, Map<String, String> previousPublicKeysPem) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privateKeyPem)));
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalArgumentException("the signing key must be an RSA private key in PKCS#8 PEM");
            }
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            Map<String, PublicKey> previous = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : previousPublicKeysPem.entrySet()) {
                previous.put(entry.getKey(), rsa.generatePublic(new X509EncodedKeySpec(der(entry.getValue()))));
            }
            return new SigningKeys(new SigningKey(keyId, privateKey, publicKey), previous);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unreadable signing key: " + e.getMessage(), e);
        }
    }

    /** A fresh key pair for development: tokens do not survive a restart and no other instance trusts them. */
    public static SigningKeys generated() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String id = "dev-" + UUID.randomUUID().toString().substring(0, 8);
            return new SigningKeys(new SigningKey(id, pair.getPrivate(), pair.getPublic()), Map.of());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    public SigningKey current() {
        return current;
    }

    public Optional<PublicKey> verificationKey(String keyId) {
        return Optional.ofNullable(keyId).map(verificationKeys::get);
    }

    public List<Map.Entry<String, PublicKey>> verificationKeys() {
        return new ArrayList<>(verificationKeys.entrySet());
    }

    private static byte[] der(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    public record SigningKey(String id, PrivateKey privateKey, PublicKey publicKey) {}
}
