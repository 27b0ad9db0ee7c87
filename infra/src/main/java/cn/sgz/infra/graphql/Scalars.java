package cn.sgz.infra.graphql;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.time.Quarter;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The custom scalars every module may use: {@code DateTime} (ISO-8601, Beijing time), {@code Date}
 * and {@code Quarter} ({@code 2026Q1}). A value of the wrong form is refused before any fetcher runs.
 */
public final class Scalars {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Always with seconds, so that every client's ISO parser reads it ({@code toString} drops ":00"). */
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    public static final GraphQLScalarType DATE_TIME = scalar(
            "DateTime",
            "时间",
            "ISO-8601 时间，北京时间，例如 2026-11-23T09:30:00+08:00",
            value -> switch (value) {
                case Instant instant -> WRITTEN.format(instant.atZone(CHINA));
                case OffsetDateTime time -> WRITTEN.format(time.atZoneSameInstant(CHINA));
                default -> null;
            },
            text -> OffsetDateTime.parse(text).toInstant(),
            "2026-11-23T09:30:00+08:00");

    public static final GraphQLScalarType DATE = scalar(
            "Date",
            "日期",
            "ISO-8601 日期，例如 2026-11-23",
            value -> value instanceof LocalDate date ? date.toString() : null,
            LocalDate::parse,
            "2026-11-23");

    public static final GraphQLScalarType QUARTER = scalar(
            "Quarter",
            "季度",
            "季度，例如 2026Q1",
            value -> value instanceof Quarter quarter ? quarter.toString() : null,
            text -> Quarter.parse("quarter", text),
            "2026Q1");

    private Scalars() {}

    private static GraphQLScalarType scalar(
            String name,
            String noun,
            String description,
            Function<Object, String> serialize,
            Function<String, Object> parse,
            String example) {
        return GraphQLScalarType.newScalar()
                .name(name)
                .description(description)
                .coercing(new Coercing<Object, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        var text = serialize.apply(value);
                        if (text == null) {
                            throw new CoercingSerializeException(name + " cannot serialize " + value.getClass());
                        }
                        return text;
                    }

                    @Override
                    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                        return parseText(input instanceof String text ? text : null, CoercingParseValueException::new);
                    }

                    @Override
                    public Object parseLiteral(
                            Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                        return parseText(
                                input instanceof StringValue text ? text.getValue() : null,
                                CoercingParseLiteralException::new);
                    }

                    private Object parseText(String text, Function<String, RuntimeException> failure) {
                        if (text == null) {
                            throw failure.apply(noun + "必须是字符串");
                        }
                        try {
                            return parse.apply(text);
                        } catch (DateTimeParseException | DomainException e) {
                            throw failure.apply(text + " 不是有效的" + noun + "（应形如 " + example + "）");
                        }
                    }
                })
                .build();
    }
}
