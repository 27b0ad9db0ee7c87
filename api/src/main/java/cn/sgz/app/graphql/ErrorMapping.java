package cn.sgz.app.graphql;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.error.SqlStates;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become what a client reads: every error carries {@code
 * extensions.code} and a Simplified Chinese message; unexpected ones are logged here and reach the
 * client only as INTERNAL, never with a stack trace or SQL.
 */
@Singleton
class ErrorMapping implements DataFetcherExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final Pattern BAD_VARIABLE =
            Pattern.compile("Variable '([^']+)' has an invalid value: (.+)", Pattern.DOTALL);
    private static final Pattern BAD_ARGUMENT =
            Pattern.compile(".*argument '([^']+)' with value .* is not a valid '[^']+' - (.+)", Pattern.DOTALL);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        var failure = unwrap(parameters.getException());
        var domain = toDomain(failure);
        if (domain.code() == ErrorCode.INTERNAL) {
            LOG.error("GraphQL 字段 {} 执行失败", parameters.getPath(), failure);
        }
        var error = GraphqlErrorBuilder.newError()
                .message(domain.getMessage())
                .path(parameters.getPath())
                .location(parameters.getSourceLocation())
                .errorType(classification(domain.code()))
                .extensions(extensions(domain))
                .build();
        return CompletableFuture.completedFuture(
                DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    /** Gives the errors graphql-java raised itself (syntax, validation, limits) a code and Chinese text. */
    ExecutionResult shape(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return result;
        }
        var errors = result.getErrors().stream().map(ErrorMapping::shape).toList();
        return result.transform(builder -> builder.errors(errors));
    }

    private static GraphQLError shape(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
        String message;
        if (error instanceof AbortExecutionException) {
            message = "查询嵌套过深或过于复杂，请拆分查询";
        } else {
            message = valueError(error.getMessage(), extensions);
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    /**
     * A value a scalar refused (its own Chinese reason follows graphql-java's English frame) names
     * the variable or argument it came in as {@code field}; anything else is a generic invalid query.
     */
    private static String valueError(String message, Map<String, Object> extensions) {
        for (var frame : List.of(BAD_VARIABLE, BAD_ARGUMENT)) {
            var matcher = frame.matcher(message);
            if (matcher.matches()) {
                extensions.put("field", matcher.group(1));
                return matcher.group(1) + " 的值无效：" + matcher.group(2);
            }
        }
        return "查询无效：" + message;
    }

    static DomainException toDomain(Throwable failure) {
        if (failure instanceof DomainException domain) {
            return domain;
        }
        var state = SqlStates.of(failure);
        if (state != null) {
            switch (state) {
                case SqlStates.UNIQUE_VIOLATION, SqlStates.EXCLUSION_VIOLATION:
                    return DomainException.conflict("数据与已有记录冲突");
                case SqlStates.FOREIGN_KEY_VIOLATION:
                    return DomainException.notFound("引用的记录不存在");
                case SqlStates.CHECK_VIOLATION:
                    return new DomainException(ErrorCode.BAD_USER_INPUT, "输入的数据不符合要求");
                case SqlStates.INSUFFICIENT_PRIVILEGE:
                    return DomainException.forbidden("无权执行此操作");
                default:
                    break;
            }
        }
        return new DomainException(ErrorCode.INTERNAL, "服务器内部错误，请稍后再试");
    }

    private static Throwable unwrap(Throwable failure) {
        var current = failure;
        while ((current instanceof CompletionException || current.getClass() == RuntimeException.class)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Map<String, Object> extensions(DomainException domain) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", domain.code().name());
        if (domain.field() != null) {
            extensions.put("field", domain.field());
        }
        return extensions;
    }

    private static ErrorClassification classification(ErrorCode code) {
        return switch (code) {
            case BAD_USER_INPUT -> ErrorType.ValidationError;
            case INTERNAL -> ErrorType.ExecutionAborted;
            default -> ErrorType.DataFetchingException;
        };
    }
}
