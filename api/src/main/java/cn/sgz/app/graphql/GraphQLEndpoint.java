package cn.sgz.app.graphql;

import cn.sgz.infra.error.ErrorCode;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.micronaut.configuration.graphql.GraphQLController;
import io.micronaut.configuration.graphql.GraphQLInvocationData;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * GraphQL over HTTP (graphql.github.io/graphql-over-http): POST with {@code application/json} (or
 * a bare query as {@code application/graphql}); the answer as {@code application/json} (always
 * 200, as before) or, when the client accepts it, {@code application/graphql-response+json}, which
 * is 400 when the request could not even start (no {@code data}). A body that is not a JSON object
 * is 400 with a GraphQL error, never a server error. GET runs queries only: a mutation is 405.
 */
@Controller("/graphql")
@Replaces(GraphQLController.class)
class GraphQLEndpoint {
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String GRAPHQL = "application/graphql";

    private final ScopedGraphQLInvocation invocation;
    private final JsonMapper json;

    GraphQLEndpoint(ScopedGraphQLInvocation invocation, JsonMapper json) {
        this.invocation = invocation;
        this.json = json;
    }

    @Post(
            consumes = {MediaType.APPLICATION_JSON, GRAPHQL},
            produces = {MediaType.APPLICATION_JSON, GRAPHQL_RESPONSE})
    HttpResponse<ByteBuf> post(@Body @Nullable String body, HttpRequest<?> request) throws IOException {
        if (request.getContentType().map(type -> type.getName().equals(GRAPHQL)).orElse(false)) {
            return answer(request, new GraphQLInvocationData(body == null ? "" : body, null, Map.of()));
        }
        var data = parse(body);
        return data == null
                ? refuse(request, HttpStatus.BAD_REQUEST, "请求体必须是 JSON 对象：{\"query\": …}")
                : answer(request, data);
    }

    @Get(produces = {MediaType.APPLICATION_JSON, GRAPHQL_RESPONSE})
    HttpResponse<ByteBuf> get(
            @QueryValue @Nullable String query,
            @QueryValue @Nullable String operationName,
            @QueryValue @Nullable String variables,
            HttpRequest<?> request)
            throws IOException {
        if (query == null || query.isBlank()) {
            return refuse(request, HttpStatus.BAD_REQUEST, "缺少 query 参数");
        }
        var operation = operation(query, operationName);
        if (operation == OperationDefinition.Operation.MUTATION) {
            return refuse(request, HttpStatus.METHOD_NOT_ALLOWED, "变更只能用 POST 提交");
        }
        Map<String, Object> values = variables == null || variables.isBlank() ? Map.of() : object(variables);
        if (values == null) {
            return refuse(request, HttpStatus.BAD_REQUEST, "variables 必须是 JSON 对象");
        }
        return answer(request, new GraphQLInvocationData(query, operationName, values));
    }

    private HttpResponse<ByteBuf> answer(HttpRequest<?> request, GraphQLInvocationData data) throws IOException {
        // parsed here only when it may be one: the engine's document cache parses every other request
        if (data.getQuery().contains("subscription")
                && operation(data.getQuery(), data.getOperationName()) == OperationDefinition.Operation.SUBSCRIPTION) {
            return refuse(request, HttpStatus.BAD_REQUEST, "订阅须通过 WebSocket 连接 /graphql-ws（graphql-transport-ws 协议）");
        }
        ExecutionResult result = invocation.execute(data, request);
        var specification = result.toSpecification();
        var strict = acceptsGraphQLResponse(request);
        var status = strict && !specification.containsKey("data") ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        return HttpResponse.<String>status(status)
                .contentType(strict ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON)
                .body(ResultJson.write(specification, json));
    }

    private HttpResponse<ByteBuf> refuse(HttpRequest<?> request, HttpStatus status, String message) throws IOException {
        var error = Map.of("message", message, "extensions", Map.of("code", ErrorCode.BAD_USER_INPUT.name()));
        return HttpResponse.<String>status(status)
                .contentType(acceptsGraphQLResponse(request) ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON)
                .body(ResultJson.write(Map.of("errors", List.of(error)), json));
    }

    /** The request's query, operation and variables, or null when the body is not such an object. */
    @SuppressWarnings("unchecked")
    private @Nullable GraphQLInvocationData parse(@Nullable String body) {
        var fields = body == null ? null : object(body);
        if (fields == null
                || !(fields.get("query") instanceof String query)
                || !(fields.get("operationName") == null || fields.get("operationName") instanceof String)
                || !(fields.get("variables") == null || fields.get("variables") instanceof Map)) {
            return null;
        }
        var variables = (Map<String, Object>) fields.get("variables");
        return new GraphQLInvocationData(
                query, (String) fields.get("operationName"), variables == null ? Map.of() : variables);
    }

    private @Nullable Map<String, Object> object(String text) {
        try {
            var value = json.readValue(text, Argument.OBJECT_ARGUMENT);
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                var fields = (Map<String, Object>) map;
                return fields;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean acceptsGraphQLResponse(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(type -> type.getName().equals(GRAPHQL_RESPONSE));
    }

    /** The kind of operation the request would run; QUERY for a text that does not parse (GraphQL answers it). */
    private static OperationDefinition.Operation operation(String query, @Nullable String operationName) {
        try {
            return Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                    .map(OperationDefinition::getOperation)
                    .filter(kind -> kind != OperationDefinition.Operation.QUERY)
                    .findFirst()
                    .orElse(OperationDefinition.Operation.QUERY);
        } catch (InvalidSyntaxException e) {
            return OperationDefinition.Operation.QUERY;
        }
    }
}
