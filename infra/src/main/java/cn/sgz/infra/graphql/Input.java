package cn.sgz.infra.graphql;

import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import graphql.schema.DataFetchingEnvironment;
import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.UUID;

/**
 * A GraphQL argument object read field by field; every failure is BAD_USER_INPUT naming the field
 * by its path ({@code input.projectId}).
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

    public @Nullable java.time.LocalDate date(String name) {
        return (java.time.LocalDate) values.get(name);
    }

    public @Nullable java.math.BigDecimal decimal(String name) {
        var value = values.get(name);
        return value == null ? null : new java.math.BigDecimal(value.toString());
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /** A list of ids; a malformed one is BAD_USER_INPUT naming its position. */
    @SuppressWarnings("unchecked")
    public java.util.List<UUID> ids(String name) {
        var raw = (java.util.List<String>) values.get(name);
        if (raw == null) {
            return java.util.List.of();
        }
        var ids = new java.util.ArrayList<UUID>();
        for (int i = 0; i < raw.size(); i++) {
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
    public <E extends Enum<E>> java.util.List<E> enumValues(String name, Class<E> type) {
        var raw = (java.util.List<Object>) values.get(name);
        if (raw == null) {
            return java.util.List.of();
        }
        return raw.stream().map(value -> Enum.valueOf(type, value.toString())).toList();
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        var value = values.get(name);
        if (value == null) {
            throw DomainException.invalid(field(name), field(name) + " 不能为空");
        }
        try {
            return Enum.valueOf(type, value.toString());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field(name), field(name) + " 的取值无效");
        }
    }

    /**
     * Runs a command (its construction and the facade call), renaming field errors to this input's
     * paths, so a check made anywhere below names {@code input.startsOn}, not {@code startsOn}.
     */
    public <T> T command(java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (DomainException e) {
            if (e.field() == null || path.isEmpty()) {
                throw e;
            }
            var renamed = field(e.field());
            throw new DomainException(e.code(), e.getMessage().replace(e.field(), renamed), renamed);
        }
    }
}
