package cn.sgz.infra.graphql;

import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Relay page request: at most {@code first} items after an opaque cursor. Cursors carry the
 * keyset position as text, so pages stay stable while rows are added.
 */
public record PageRequest(int first, @Nullable String after) {
    public static final int MAX = 100;

    public PageRequest {
        Check.range("first", first, 1, MAX);
    }

    public static PageRequest of(@Nullable Integer first, @Nullable String after) {
        return new PageRequest(first == null ? 20 : first, after);
    }

    /** The decoded position of {@code after}, or null for the first page. */
    public @Nullable String afterPosition() {
        if (after == null || after.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("after", "after 不是有效的分页游标");
        }
    }

    public static String cursor(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }
}
