package cn.sgz.tenant.internal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.testing.OwnerConnection;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.testing.TenantModuleTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A contact change records the address it replaced, even when another change held the row just before. */
@MicronautTest(transactional = false)
class StationContactChangeTest extends TenantModuleTest {

    @Test
    void aChangeThatWaitedForAnotherRecordsWhatThatOneWroteAsItsPreviousAddress() throws Exception {
        var station = world.a1().id();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        try (var other = OwnerConnection.open()) {
            other.setAutoCommit(false);
            try (var statement = other.prepareStatement("UPDATE station SET address = ? WHERE id = ?")) {
                statement.setString(1, "先到的地址" + tag);
                statement.setObject(2, station);
                statement.executeUpdate();
            }
            // the worker's change waits for the row the other transaction holds
            var change = CompletableFuture.runAsync(() -> Tenancy.runAs(
                    accounts.scopeOf(world.workerA1()),
                    () -> organisation.updateStationContact(
                            new Commands.StationContact(station, "后到的地址" + tag, null))));
            awaitOneWaitingForALock(other, change);
            other.commit();
            change.get(10, TimeUnit.SECONDS);
        }
        assertThat(OwnerConnection.count("""
                        SELECT count(*) FROM audit_event
                        WHERE action = 'STATION_CONTACT_UPDATED' AND station_id = '%s'
                          AND changes ->> 'address' = '后到的地址%s' AND changes ->> 'previousAddress' = '先到的地址%s'""".formatted(station, tag, tag))).isEqualTo(1);
    }

    private static void awaitOneWaitingForALock(Connection holder, CompletableFuture<Void> change) throws Exception {
        for (var tries = 0; tries < 200 && !change.isDone(); tries++) {
            try (var statement = holder.prepareStatement("SELECT count(*) FROM pg_locks WHERE NOT granted");
                    var row = statement.executeQuery()) {
                row.next();
                if (row.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(25);
        }
        change.getNow(null); // what it failed with, if it did
        throw new AssertionError("the change never waited for the row");
    }
}
