package cn.sgz.tenant.internal.accounts;

import jakarta.inject.Singleton;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a random salt, from the JDK alone. The iteration count is stored in each
 * hash ({@code pbkdf2-sha256$iterations$salt$hash}), so it can be raised later without breaking
 * existing passwords. At most half the cores hash at once (the others wait their turn), so a flood
 * of logins cannot take the CPU the reads need.
 */
@Singleton
class PasswordHasher {
    static final int ITERATIONS = 310_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Semaphore HASHING =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    /**
     * A stored hash of no password: a random salt and 32 random bytes where the derived key would be.
     * Checking a password against it costs a real check's time (the same iterations), so unknown
     * users cost as much as known ones, and nothing matches it. Made of random bytes rather than by
     * hashing a random password, which took a second of every start-up.
     */
    final String decoy = stored(randomBytes(16), randomBytes(32));

    String hash(String password) {
        var salt = randomBytes(16);
        return stored(salt, derive(password, salt, ITERATIONS));
    }

    private static String stored(byte[] salt, byte[] derived) {
        var encoder = Base64.getEncoder().withoutPadding();
        return String.join(
                "$",
                PREFIX,
                Integer.toString(ITERATIONS),
                encoder.encodeToString(salt),
                encoder.encodeToString(derived));
    }

    private static byte[] randomBytes(int length) {
        var bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    boolean matches(String password, String stored) {
        var parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        var decoder = Base64.getDecoder();
        var expected = decoder.decode(parts[3]);
        var actual = derive(password, decoder.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of a real check, for a username that does not exist. */
    void matchDecoy(String password) {
        matches(password, decoy);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        HASHING.acquireUninterruptibly();
        try {
            var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            HASHING.release();
        }
    }
}
