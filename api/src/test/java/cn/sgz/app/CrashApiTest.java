package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import cn.sgz.infra.testing.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service killed with SIGKILL in the middle of mutations: every change it acknowledged is
 * there with its audit row, and no change is there without one. The service runs as a child JVM on
 * the same real servers; traffic stays on 127.0.0.1.
 */
class CrashApiTest {
    static final Duration LOAD = Duration.ofMillis(1500);

    @Test
    void aKilledServiceLosesNothingItAcknowledgedAndLeavesNoPartialWrite() throws Exception {
        try (var service = ChildService.start(TestServers.servers())) {
            var admin = service.admin();
            var bureau = create(
                    service,
                    admin,
                    "createBureau",
                    "{name: \\\"崩溃局" + UUID.randomUUID() + "\\\", regionCode: \\\"411000\\\"}");
            var project = create(
                    service,
                    admin,
                    "createProject",
                    "{bureauId: \\\"" + bureau + "\\\", name: \\\"崩溃项目\\\", agencyName: \\\"崩溃机构\\\", year: 2026}");
            var station = create(
                    service,
                    admin,
                    "createStation",
                    "{projectId: \\\"" + project
                            + "\\\", name: \\\"崩溃站\\\", kind: TOWN, regionCode: \\\"411082001\\\"}");

            var tag = UUID.randomUUID().toString().substring(0, 8);
            var acknowledged = new ArrayList<String>();
            var killer = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(LOAD.toMillis());
                    service.kill();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            });
            for (int i = 0; service.alive(); i++) {
                var address = "崩溃路" + tag + "-" + i;
                try {
                    var body = service.post(
                            admin,
                            "{\"query\":\"mutation { updateStationContact(input: {stationId: \\\"" + station
                                    + "\\\", address: \\\"" + address + "\\\"}) { id } }\"}");
                    if (body.contains("\"updateStationContact\"") && !body.contains("\"errors\"")) {
                        acknowledged.add(address);
                    }
                } catch (java.io.IOException e) {
                    break; // the service is gone
                }
            }
            killer.join();
            assertThat(acknowledged).as("changes acknowledged before the kill").isNotEmpty();
            for (var address : acknowledged) {
                assertThat(OwnerConnection.count(
                                "SELECT count(*) FROM audit_event WHERE action = 'STATION_CONTACT_UPDATED'"
                                        + " AND changes ->> 'address' = '" + address + "'"))
                        .as(address)
                        .isEqualTo(1);
            }
            // what the station holds now was audited too: no change without its audit row
            assertThat(OwnerConnection.count("SELECT count(*) FROM station s WHERE s.id = '" + station + "' AND"
                            + " EXISTS (SELECT 1 FROM audit_event e WHERE e.action = 'STATION_CONTACT_UPDATED'"
                            + " AND e.station_id = s.id AND e.changes ->> 'address' = s.address)"))
                    .isEqualTo(1);
        }
    }

    static String create(ChildService service, String token, String mutation, String input) throws Exception {
        var body = service.post(token, "{\"query\":\"mutation { " + mutation + "(input: " + input + ") { id } }\"}");
        assertThat(body).doesNotContain("\"errors\"");
        return body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }
}
