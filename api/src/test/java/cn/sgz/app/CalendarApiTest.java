package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The working-day calendar through the API: the shipped years, and a year an administrator loads. */
@MicronautTest(transactional = false)
class CalendarApiTest extends ApiTest {
    static final String YEAR =
            "query($y: Int!) { businessCalendar(year: $y) { year confirmed source workingDays days { date kind name } } }";
    static final String SET =
            "mutation($i: BusinessCalendarInput!) { setBusinessCalendar(input: $i) { confirmed source workingDays } }";
    static final String DAY = "query($d: Date!) { workingDay(date: $d) }";

    @Test
    void theShippedYearsAreThereForEveryone() {
        var worker = world.token("workerA1");
        var year = gql.post(worker, YEAR, "y", 2026).ok();
        assertThat((Boolean) year.data("businessCalendar.confirmed")).isTrue();
        assertThat((String) year.data("businessCalendar.source")).isEqualTo("SHIPPED");
        assertThat((Integer) year.data("businessCalendar.workingDays")).isEqualTo(248);
        assertThat((Boolean) gql.post(worker, DAY, "d", "2026-02-14").ok().data("workingDay"))
                .isTrue();
        assertThat((Boolean) gql.post(worker, DAY, "d", "2026-10-01").ok().data("workingDay"))
                .isFalse();
        var unknown = gql.post(worker, YEAR, "y", 2029).ok();
        assertThat((Boolean) unknown.data("businessCalendar.confirmed")).isFalse();
        assertThat((String) unknown.data("businessCalendar.source")).isEqualTo("NONE");
        assertThat(gql.post(worker, YEAR, "y", 1999).errorField()).isEqualTo("year");
    }

    @Test
    void anAdministratorLoadsAYearWithoutARelease() throws SQLException {
        var days = List.of(
                Map.of("date", "2030-01-01", "kind", "OFF", "name", "元旦"),
                Map.of("date", "2030-01-05", "kind", "WORK", "name", "元旦"));
        var input = Map.of("year", 2030, "days", days);
        assertThat(gql.post(world.token("viewerA"), SET, "i", input).errorCode())
                .isEqualTo("FORBIDDEN");
        var outside = Map.of(
                "year", 2030, "days", List.of(days.get(0), Map.of("date", "2031-01-01", "kind", "OFF", "name", "元旦")));
        var bad = gql.post(world.admin(), SET, "i", outside);
        assertThat(bad.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(bad.errorField()).isEqualTo("input.days[1].date");
        assertThat(OwnerConnection.count("SELECT count(*) FROM calendar_year WHERE year = 2030"))
                .isZero();

        var loaded = gql.post(world.admin(), SET, "i", input).ok();
        assertThat((String) loaded.data("setBusinessCalendar.source")).isEqualTo("ADMIN");
        assertThat((Boolean) loaded.data("setBusinessCalendar.confirmed")).isTrue();
        var worker = world.token("workerA1");
        assertThat((Boolean) gql.post(worker, DAY, "d", "2030-01-01").ok().data("workingDay"))
                .isFalse();
        assertThat((Boolean) gql.post(worker, DAY, "d", "2030-01-05").ok().data("workingDay"))
                .isTrue();
        assertThat(OwnerConnection.count(
                        "SELECT count(*) FROM audit_event WHERE action = 'CALENDAR_YEAR_SET' AND subject_id = '2030'"))
                .isEqualTo(1);
        // loading the year again replaces it as a whole
        gql.post(world.admin(), SET, "i", Map.of("year", 2030, "days", List.of(days.get(0))))
                .ok();
        assertThat((Boolean) gql.post(worker, DAY, "d", "2030-01-05").ok().data("workingDay"))
                .isFalse();
    }
}
