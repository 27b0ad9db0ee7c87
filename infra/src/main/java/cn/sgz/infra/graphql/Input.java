package cn.sgz.infra.graphql;

import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.time.Quarter;
import graphql.schema.DataFetchingEnvironment;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A GraphQL argument object read field by field. Every failure is BAD_USER_INPUT naming the field
 * once, by its full path: {@code input.projectId}, {@code input.sessions[2].attendance}.
 */
public record Input(String path, Map<String, Object> values) {

    public static Input of(DataFetchingEnvironment env, String argument) {
        Map<String, Object> values = env.getArgument(argument);
        return new Input(argument, values == null ? Map.of() : values);
    }

    /** The field arguments themselves, for fields that take loose arguments. */
    public static Input arguments(DataFetchingEnvironment env) {
        return new Input("", env.getArguments());
    }

    /** The full path of one of this input's fields. */
    public String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public UUID id(String name) {
        return Check.id(field(name), (String) values.get(name));
    }

    public @Nullable UUID optionalId(String name) {
        var value = (String) values.get(name);
        return value == null ? null : Check.id(field(name), value);
    }

    public @Nullable String string(String name) {
        return (String) values.get(name);
    }

    public @Nullable Integer integer(String name) {
        return (Integer) values.get(name);
    }

    public @Nullable LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    /** A {@code DateTime} value (the scalar has made it an instant), or null when absent. */
    public @Nullable java.time.Instant dateTime(String name) {
        return (java.time.Instant) values.get(name);
    }

    /** A {@code Quarter} argument (the scalar has checked its form); absent is BAD_USER_INPUT. */
    public Quarter quarter(String name) {
        return switch (values.get(name)) {
            case Quarter quarter -> quarter;
            case String code -> Quarter.parse(field(name), code);
            case null -> throw missing(name);
            default -> throw DomainException.invalid(field(name), field(name) + " 格式应为 2026Q1 这样的季度");
        };
    }

    public @Nullable BigDecimal decimal(String name) {
        var value = values.get(name);
        return value == null ? null : new BigDecimal(value.toString());
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /** A nested input object; absent is BAD_USER_INPUT. */
    @SuppressWarnings("unchecked")
    public Input object(String name) {
        var value = (Map<String, Object>) values.get(name);
        if (value == null) {
            throw missing(name);
        }
        return new Input(field(name), value);
    }

    /** A list of nested input objects, each named by its position ({@code input.sessions[0]}). */
    @SuppressWarnings("unchecked")
    public List<Input> objects(String name) {
        var raw = (List<Map<String, Object>>) values.get(name);
        var inputs = new ArrayList<Input>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            inputs.add(new Input(field(name) + "[" + i + "]", raw.get(i) == null ? Map.of() : raw.get(i)));
        }
        return inputs;
    }

    /** A list of ids; a malformed one is BAD_USER_INPUT naming its position. */
    @SuppressWarnings("unchecked")
    public List<UUID> ids(String name) {
        var raw = (List<String>) values.get(name);
        var ids = new ArrayList<UUID>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            ids.add(Check.id(field(name) + "[" + i + "]", raw.get(i)));
        }
        return ids;
    }

    /** The enum value, or null when the field is absent. */
    public <E extends Enum<E>> @Nullable E optionalEnum(String name, Class<E> type) {
        return values.get(name) == null ? null : enumValue(name, type);
    }

    /** A list of enum values; absent is empty. */
    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> List<E> enumValues(String name, Class<E> type) {
        var raw = (List<Object>) values.get(name);
        return raw == null
                ? List.of()
                : raw.stream()
                        .map(value -> Enum.valueOf(type, value.toString()))
                        .toList();
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        var value = values.get(name);
        if (value == null) {
            throw missing(name);
        }
        try {
            return Enum.valueOf(type, value.toString());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field(name), field(name) + " 的取值无效");
        }
    }

    /**
     * Runs a command (its construction and the facade call). A field error raised below names the
     * field relative to this input ({@code startsOn}) and is given this input's path; one raised by
     * this input's own accessors already carries it and is passed on unchanged.
     */
    public <T> T command(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (DomainException e) {
            if (e.field() == null || path.isEmpty() || isQualified(e.field())) {
                throw e;
            }
            var renamed = field(e.field());
            throw new DomainException(e.code(), e.getMessage().replace(e.field(), renamed), renamed);
        }
    }

    private boolean isQualified(String field) {
        return field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[");
    }

    private DomainException missing(String name) {
        return DomainException.invalid(field(name), field(name) + " 不能为空");
    }
}
