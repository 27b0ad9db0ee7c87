package cn.sgz.infra.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.schema.CoercingParseValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A time is written in one form, read back by any ISO parser, whatever its seconds are. */
class ScalarsTest {
    static final GraphQLContext CONTEXT = GraphQLContext.newContext().build();

    @Test
    void aTimeOnTheMinuteKeepsItsSeconds() {
        assertThat(written(Instant.parse("2026-12-03T00:44:00Z"))).isEqualTo("2026-12-03T08:44:00+08:00");
        assertThat(Instant.parse(written(Instant.parse("2026-12-03T00:00:00Z"))))
                .isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
    }

    @Test
    void fractionsAndOtherOffsetsAreWrittenInBeijingTime() {
        assertThat(written(Instant.parse("2026-12-03T00:44:05.250Z"))).isEqualTo("2026-12-03T08:44:05.25+08:00");
        assertThat(written(OffsetDateTime.of(2026, 12, 3, 0, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2026-12-03T08:00:00+08:00");
    }

    @Test
    void aTimeWithoutOffsetIsRefusedWithAnExample() {
        assertThatThrownBy(() -> Scalars.DATE_TIME.getCoercing().parseValue("2026-12-03T08:44", CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessageContaining("2026-11-23T09:30:00+08:00");
    }

    @SuppressWarnings("unchecked")
    static String written(Object value) {
        return (String) Scalars.DATE_TIME.getCoercing().serialize(value, CONTEXT, Locale.ROOT);
    }
}
