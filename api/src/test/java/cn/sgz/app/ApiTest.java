package cn.sgz.app;

import cn.sgz.infra.testing.RealServers;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * An end-to-end test: the running service on real servers, a GraphQL client and the shared {@link
 * ApiWorld} of signed-in users. Subclasses add {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTest implements RealServers {
    @Inject
    @Client("/")
    HttpClient client;

    Gql gql;
    ApiWorld world;

    @BeforeAll
    void signIn() {
        gql = new Gql(client);
        world = ApiWorld.get(gql);
    }
}
