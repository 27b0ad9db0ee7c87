package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Posts GraphQL to the running service as a real client would, with a real bearer token. */
public record Gql(HttpClient client) {

    public Response post(String token, String query, Object... variables) {
        return postWith(Map.of(), token, query, variables);
    }

    /** The same with extra request headers, e.g. {@code X-Forwarded-For}. */
    public Response postWith(Map<String, String> headers, String token, String query, Object... variables) {
        var body = new HashMap<String, Object>();
        body.put("query", query);
        var values = new HashMap<String, Object>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        body.put("variables", values);
        var request = HttpRequest.POST("/graphql", body);
        if (token != null) {
            request.bearerAuth(token);
        }
        headers.forEach(request::header);
        Map<String, Object> response =
                client.toBlocking().retrieve(request, Argument.mapOf(String.class, Object.class));
        return new Response(response);
    }

    /** Runs {@code mutation { name(input: …) { id } }} and returns the new id. */
    public String create(String token, String mutation, String input) {
        return post(token, "mutation { " + mutation + "(input: " + input + ") { id } }")
                .ok()
                .data(mutation + ".id");
    }

    /** Signs in through the API and returns the access token. */
    public String login(String username, String password) {
        return post(
                        null,
                        "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }",
                        "u",
                        username,
                        "p",
                        password)
                .ok()
                .data("login.accessToken");
    }

    /** A GraphQL response, read by dotted paths such as {@code "stations.edges.0.node.name"}. */
    public record Response(Map<String, Object> body) {

        @SuppressWarnings("unchecked")
        public <T> T data(String path) {
            Object current = body.get("data");
            for (var part : path.split("\\.")) {
                if (current == null) {
                    return null;
                }
                current = current instanceof List<?> list
                        ? list.get(Integer.parseInt(part))
                        : ((Map<String, Object>) current).get(part);
            }
            return (T) current;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) body.getOrDefault("errors", List.of());
        }

        @SuppressWarnings("unchecked")
        public String errorCode() {
            assertThat(errors()).as("errors of %s", body).isNotEmpty();
            return (String) ((Map<String, Object>) errors().getFirst().get("extensions")).get("code");
        }

        @SuppressWarnings("unchecked")
        public String errorField() {
            return (String) ((Map<String, Object>) errors().getFirst().get("extensions")).get("field");
        }

        public String errorMessage() {
            return (String) errors().getFirst().get("message");
        }

        public Response ok() {
            assertThat(errors()).as("errors of %s", body).isEmpty();
            return this;
        }

        @SuppressWarnings("unchecked")
        public List<String> names(String connectionPath) {
            List<Map<String, Object>> edges = data(connectionPath + ".edges");
            return edges.stream()
                    .map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("name"))
                    .toList();
        }
    }
}
