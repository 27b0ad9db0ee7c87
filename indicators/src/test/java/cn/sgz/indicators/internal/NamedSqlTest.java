package cn.sgz.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Names become the driver's {@code ?} in order, each occurrence its own; casts stay casts. */
class NamedSqlTest {
    @Test
    void everyOccurrenceOfANameIsAParameterAndACastIsNot() {
        var sql = NamedSql.of(
                "SELECT a BETWEEN :from AND :to FROM t WHERE b = ANY (:whole::uuid[])" + " OR c BETWEEN :from AND :to");
        assertThat(sql.sql())
                .isEqualTo("SELECT a BETWEEN ? AND ? FROM t WHERE b = ANY (?::uuid[]) OR c BETWEEN ? AND ?");
        assertThat(sql.names()).containsExactly("from", "to", "whole", "from", "to");
    }

    @Test
    void aNameWithoutAValueIsRefusedBeforeAnythingIsBound() {
        var sql = NamedSql.of("SELECT :first_day, :missing");
        assertThat(sql.names()).containsExactly("first_day", "missing");
        assertThatThrownBy(() -> sql.bind(null, java.util.Map.of("first_day", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":missing");
    }
}
