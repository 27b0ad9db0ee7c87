package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GraphQL over HTTP: its media type and status codes, bad bodies, and GET that never changes data. */
@MicronautTest(transactional = false)
class GraphQLOverHttpApiTest extends ApiTest {
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void aBodyThatIsNotAJsonObjectIsBadRequestWithAGraphQLError() {
        for (var body : new String[] {"{not json", "[{\"query\": \"{ me { id } }\"}]", "\"text\"", "{\"query\": 42}"}) {
            var answer = send(HttpRequest.POST("/graphql", body).contentType(MediaType.APPLICATION_JSON_TYPE));
            assertThat(answer.code()).as(body).isEqualTo(400);
            assertThat(answer.body()).as(body).contains("BAD_USER_INPUT").contains("JSON 对象");
            assertThat(answer.body()).as(body).doesNotContain("Exception").doesNotContain("jackson");
        }
    }

    @Test
    void getRunsQueriesButNeverAMutation() {
        var query = "{ me { username } }";
        var ok = send(HttpRequest.GET("/graphql?query=" + encode(query)).bearerAuth(world.token("workerA1")));
        assertThat(ok.code()).isEqualTo(200);
        assertThat(ok.body()).contains(world.username("workerA1"));
        var mutation = "mutation { logout }";
        var refused = send(HttpRequest.GET("/graphql?query=" + encode(mutation)).bearerAuth(world.token("workerA2")));
        assertThat(refused.code()).isEqualTo(405);
        assertThat(refused.body()).contains("POST");
        // the token was not logged out by the refused GET
        assertThat(gql.post(world.token("workerA2"), "{ me { username } }").errors())
                .isEmpty();
    }

    @Test
    void theGraphQLResponseMediaTypeCarriesItsStatusCodes() {
        var valid = send(HttpRequest.POST("/graphql", "{\"query\": \"{ me { username } }\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(GRAPHQL_RESPONSE)
                .bearerAuth(world.token("viewerA")));
        assertThat(valid.code()).isEqualTo(200);
        assertThat(valid.contentType()).startsWith(GRAPHQL_RESPONSE);
        var invalid = send(HttpRequest.POST("/graphql", "{\"query\": \"{ me { \"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(GRAPHQL_RESPONSE));
        assertThat(invalid.code()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith(GRAPHQL_RESPONSE);
        assertThat(invalid.body()).contains("查询无效");
        // field errors still come with data: 200
        var partial = send(HttpRequest.POST("/graphql", "{\"query\": \"{ me { username } }\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(GRAPHQL_RESPONSE));
        assertThat(partial.code()).isEqualTo(200);
        assertThat(partial.body()).contains("UNAUTHENTICATED");
    }

    @Test
    void plainJsonClientsKeepTheirStatusOk() {
        var invalid = send(
                HttpRequest.POST("/graphql", "{\"query\": \"{ me { \"}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(invalid.code()).isEqualTo(200);
        assertThat(invalid.contentType()).startsWith(MediaType.APPLICATION_JSON);
        assertThat(invalid.body()).contains("BAD_USER_INPUT");
    }

    record Answer(int code, String contentType, String body) {}

    private Answer send(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Answer(
                    response.code(),
                    response.getContentType().map(Object::toString).orElse(""),
                    response.body());
        } catch (HttpClientResponseException e) {
            var response = e.getResponse();
            return new Answer(
                    response.code(),
                    response.getContentType().map(Object::toString).orElse(""),
                    response.getBody(String.class).orElse(""));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
