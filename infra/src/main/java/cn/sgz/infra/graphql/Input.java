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

    /** Runs a command's constructor, renaming its field errors to this input's paths. */
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
