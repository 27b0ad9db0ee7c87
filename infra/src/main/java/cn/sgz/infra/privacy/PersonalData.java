package cn.sgz.infra.privacy;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal data (PIPL) at rest: AES-256-GCM in the column, an HMAC-SHA256 "lookup hash" to find or
 * deduplicate a value without decrypting, and a mask to show instead of the value. Keys come from
 * configuration (SGZ_DATA_KEY, SGZ_LOOKUP_KEY: 32 bytes, base64); without them the service does not
 * start (the bean is created eagerly for that).
 */
@Context
public class PersonalData {
    private static final byte KEY_VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec dataKey;
    private final SecretKeySpec lookupKey;

    public PersonalData(
            @Value("${sgz.crypto.data-key:}") String dataKey, @Value("${sgz.crypto.lookup-key:}") String lookupKey) {
        this.dataKey = new SecretKeySpec(key("SGZ_DATA_KEY", dataKey), "AES");
        this.lookupKey = new SecretKeySpec(key("SGZ_LOOKUP_KEY", lookupKey), "HmacSHA256");
    }

    /** A value as stored: ciphertext, lookup hash and mask. */
    public record Sealed(byte[] cipher, byte[] lookupHash, String masked) {}

    public Sealed seal(String clear, Mask mask) {
        var normal = normalise(clear);
        return new Sealed(encrypt(normal), lookupHash(normal), mask.apply(normal));
    }

    public byte[] lookupHash(String clear) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return mac.doFinal(normalise(clear).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String open(byte[] sealed) {
        try {
            var buffer = ByteBuffer.wrap(sealed);
            if (buffer.get() != KEY_VERSION) {
                throw new IllegalStateException("unknown key version");
            }
            var iv = new byte[IV_BYTES];
            buffer.get(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(128, iv));
            var clear = cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
            return new String(clear, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data cannot be decrypted", e);
        }
    }

    private byte[] encrypt(String clear) {
        try {
            var iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(128, iv));
            var encrypted = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + encrypted.length)
                    .put(KEY_VERSION)
                    .put(iv)
                    .put(encrypted)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String clear) {
        return clear.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] key(String name, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new ConfigurationException("未配置个人信息加密密钥 " + name + "（32 字节，Base64）。Missing " + name + ".");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(name + " 不是有效的 Base64。" + name + " is not valid base64.");
        }
        if (key.length != 32) {
            throw new ConfigurationException(name + " 必须是 32 字节。" + name + " must be 32 bytes.");
        }
        return key;
    }

    /** How a value is shown to those who may not see it whole. */
    public enum Mask {
        /** 138****5678 */
        PHONE {
            @Override
            String apply(String value) {
                return keep(value, 3, 4);
            }
        },
        /** 4110**********1234 */
        ID_NUMBER {
            @Override
            String apply(String value) {
                return keep(value, 4, 4);
            }
        },
        /** 张** */
        NAME {
            @Override
            String apply(String value) {
                return value.isEmpty() ? value : value.substring(0, 1) + "*".repeat(Math.max(1, value.length() - 1));
            }
        };

        abstract String apply(String value);

        private static String keep(String value, int head, int tail) {
            if (value.length() <= head + tail) {
                return "*".repeat(value.length());
            }
            return value.substring(0, head)
                    + "*".repeat(value.length() - head - tail)
                    + value.substring(value.length() - tail);
        }
    }
}
