package cn.sgz.app.graphql;

import io.micronaut.json.JsonMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a GraphQL result straight to UTF-8 JSON. After execution a result holds only maps, lists,
 * strings, numbers, booleans and nulls, so it needs no serializer lookup per value (the general
 * mapper looked one up for each of the hundreds of thousands of values of a project's return, and
 * wrote a UTF-16 string that was encoded again). Anything else goes to the general mapper. The
 * bytes go into chunks that become the body as they are, never copied into one growing array
 * (which for a 7 MB return allocated three times its size).
 */
final class ResultJson {
    private static final byte[] HEX = "0123456789abcdef".getBytes();
    private static final int CHUNK = 64 * 1024;

    private final JsonMapper fallback;
    private final Map<String, byte[]> keys = new HashMap<>();

    private final List<byte[]> full = new ArrayList<>();
    private final List<Integer> fullLengths = new ArrayList<>();
    private byte[] bytes = new byte[8192];
    private int length;

    private ResultJson(JsonMapper fallback) {
        this.fallback = fallback;
    }

    static ByteBuf write(Object value, JsonMapper fallback) throws IOException {
        var writer = new ResultJson(fallback);
        writer.value(value);
        return writer.body();
    }

    private ByteBuf body() {
        if (full.isEmpty()) {
            return Unpooled.wrappedBuffer(bytes, 0, length);
        }
        var chunks = new ByteBuf[full.size() + 1];
        for (int i = 0; i < full.size(); i++) {
            chunks[i] = Unpooled.wrappedBuffer(full.get(i), 0, fullLengths.get(i));
        }
        chunks[full.size()] = Unpooled.wrappedBuffer(bytes, 0, length);
        return Unpooled.wrappedBuffer(chunks.length, chunks);
    }

    private void value(Object value) throws IOException {
        switch (value) {
            case null -> ascii("null");
            case String text -> string(text);
            case Boolean flag -> ascii(flag ? "true" : "false");
            case Integer number -> ascii(Integer.toString(number));
            case Long number -> ascii(Long.toString(number));
            case BigDecimal number -> ascii(number.toString());
            case BigInteger number -> ascii(number.toString());
            case Double number when Double.isFinite(number) -> ascii(Double.toString(number));
            case ResultMaps.ResultMap map -> object(map);
            case Map<?, ?> map -> object(map);
            case List<?> list -> array(list);
            default -> raw(fallback.writeValueAsBytes(value));
        }
    }

    private void object(Map<?, ?> map) throws IOException {
        put('{');
        var first = true;
        for (var entry : map.entrySet()) {
            if (!first) {
                put(',');
            }
            first = false;
            var name = entry.getKey() instanceof String text ? text : String.valueOf(entry.getKey());
            raw(written(name));
            value(entry.getValue());
        }
        put('}');
    }

    private void object(ResultMaps.ResultMap map) throws IOException {
        put('{');
        for (int i = 0; i < map.keys.length; i++) {
            if (i > 0) {
                put(',');
            }
            raw(written(map.keys[i]));
            value(map.values[i]);
        }
        put('}');
    }

    private byte[] written(String name) {
        var written = keys.get(name); // not computeIfAbsent: its method reference was made anew per key
        if (written == null) {
            written = key(name);
            keys.put(name, written);
        }
        return written;
    }

    /** A key as written, quoted and with its colon: a project's return repeats a few keys 40,000 times. */
    private byte[] key(String key) {
        room(key.length() * 6 + 3); // so that the key is written into this chunk whole
        var start = length;
        string(key);
        put(':');
        var written = Arrays.copyOfRange(bytes, start, length);
        length = start;
        return written;
    }

    private void array(List<?> list) throws IOException {
        put('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                put(',');
            }
            value(list.get(i));
        }
        put(']');
    }

    private void string(String text) {
        room(text.length() * 6 + 2); // at most six bytes per char (an escape), three for any other
        bytes[length++] = '"';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                bytes[length++] = (byte) c;
            } else if (c < 0x80) {
                escape(c);
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                bytes[length++] = (byte) (0xF0 | point >> 18);
                bytes[length++] = (byte) (0x80 | point >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | point >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | point & 0x3F);
            } else if (Character.isSurrogate(c)) {
                escape(c); // a lone surrogate: kept as \\uXXXX rather than turned into invalid UTF-8
            } else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        bytes[length++] = '"';
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> two('"');
            case '\\' -> two('\\');
            case '\n' -> two('n');
            case '\r' -> two('r');
            case '\t' -> two('t');
            case '\b' -> two('b');
            case '\f' -> two('f');
            default -> {
                bytes[length++] = '\\';
                bytes[length++] = 'u';
                bytes[length++] = HEX[c >> 12 & 0xF];
                bytes[length++] = HEX[c >> 8 & 0xF];
                bytes[length++] = HEX[c >> 4 & 0xF];
                bytes[length++] = HEX[c & 0xF];
            }
        }
    }

    private void two(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private void ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void raw(byte[] written) {
        room(written.length);
        System.arraycopy(written, 0, bytes, length, written.length);
        length += written.length;
    }

    private void put(char c) {
        room(1);
        bytes[length++] = (byte) c;
    }

    /** Room for the next bytes: the first chunk grows, then a full chunk is kept and a new one begun. */
    private void room(int needed) {
        if (length + needed <= bytes.length) {
            return;
        }
        if (full.isEmpty() && length + needed <= CHUNK) {
            bytes = Arrays.copyOf(bytes, CHUNK);
            return;
        }
        full.add(bytes);
        fullLengths.add(length);
        bytes = new byte[Math.max(CHUNK, needed)];
        length = 0;
    }
}
