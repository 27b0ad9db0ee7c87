package cn.sgz.infra.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** Mix into a {@code @MicronautTest} class (with a per-class lifecycle) to run it on real servers. */
public interface RealServers extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestServers.properties();
    }
}
