package cn.sgz.app.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.ErrorCode;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

    @Test
    void domainErrorsPassThroughUnchanged() {
        var error = DomainException.invalid("input.name", "name 不能为空");
        assertThat(ErrorMapping.toDomain(error)).isSameAs(error);
    }

    @Test
    void databaseRefusalsBecomeCodesWithoutSql() {
        var unique = new DataAccessException(
                "INSERT INTO station ... duplicate key", new SQLException("duplicate key value", "23505"));
        var mapped = ErrorMapping.toDomain(unique);
        assertThat(mapped.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(mapped.getMessage()).doesNotContain("INSERT").doesNotContain("duplicate");
        assertThat(ErrorMapping.toDomain(new DataAccessException("x", new SQLException("rls", "42501")))
                        .code())
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void anythingElseIsInternalAndSaysNothingOfItsCause() {
        var mapped = ErrorMapping.toDomain(new IllegalStateException("SELECT secret FROM app_user"));
        assertThat(mapped.code()).isEqualTo(ErrorCode.INTERNAL);
        assertThat(mapped.getMessage()).isEqualTo("服务器内部错误，请稍后再试");
    }
}
