package io.sdc.localstack;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stack's own token issuer: an RSA key pair made on first start and kept in the data directory, whose
 * public half the services trust, and a signed bearer token per role for trying the APIs.
 */
final class LocalTokens {

    static final String ISSUER = "sdc-local-stack";
    static final List<String> ROLES = List.of("commissioner", "trust-performance", "trust-finance", "auditor", "admin");
    private static final int LIFETIME_MINUTES = 12 * 60;

    private final Path publicKey;
    private final Path privateKeyFile;
    private final PrivateKey privateKey;

    private LocalTokens(Path publicKey, Path privateKeyFile, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKeyFile = privateKeyFile;
        this.privateKey = privateKey;
    }

    /** Reads the key pair from {@code directory}, making it first if it is not there. */
    static LocalTokens in(Path directory) throws IOException, GeneralSecurityException {
        Path privatePem = directory.resolve("private-key.pem");
        Path publicPem = directory.resolve("public-key.pem");
        if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
            Files.createDirectories(directory);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePrivate(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        }
        String encoded = Files.readString(privatePem, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        return new LocalTokens(publicPem, privatePem, key);
    }

    /** A random 256-bit key in Base64 kept in {@code file}, made on first use: the notification service's sealing key. */
    static String secretKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            writePrivate(file, Base64.getEncoder().encodeToString(key));
        }
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }

    Path publicKey() {
        return publicKey;
    }

    /** The private key's PEM file, which the portal's local sign-in signs its tokens with. */
    Path privateKey() {
        return privateKeyFile;
    }

    /** A token per role, valid for twelve hours, each for a user named after its role. */
    Map<String, String> tokensPerRole() throws JoseException {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : ROLES) {
            tokens.put(role, token(role + "@local-stack", role));
        }
        return tokens;
    }

    String token(String user, String role) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(user);
        claims.setClaim("upn", user);
        claims.setStringListClaim("groups", role);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(LIFETIME_MINUTES);
        claims.setGeneratedJwtId();
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(privateKey);
        signature.setKeyIdHeaderValue("local-stack");
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return signature.getCompactSerialization();
    }

    /** Writes a new file that only its owner can read from the moment it exists, where the file system knows owners. */
    private static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
