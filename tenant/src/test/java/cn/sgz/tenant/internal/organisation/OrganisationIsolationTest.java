package cn.sgz.tenant.internal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.BureauView;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.ProjectView;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.UserView;
import cn.sgz.tenant.testing.TenantModuleTest;
import cn.sgz.tenant.testing.TwoBureaus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database, not Java, keeps each caller to its scope: these calls carry no tenant filter. */
@MicronautTest(transactional = false)
class OrganisationIsolationTest extends TenantModuleTest {
    @Test
    void workerSeesOnlyItsOwnStation() {
        as(world.workerA1(), () -> {
            assertThat(names(organisation.stations(null, PageRequest.of(100, null))))
                    .containsExactly("甲一街道");
            assertThat(organisation.station(world.a2().id())).isEmpty();
            assertThat(organisation.station(world.b1().id())).isEmpty();
            assertThat(organisation.stationsByIds(
                            List.of(world.a1().id(), world.a2().id(), world.b1().id())))
                    .containsOnlyKeys(world.a1().id());
            assertThat(organisation.projects(null))
                    .extracting(ProjectView::id)
                    .containsExactly(world.projectA().id());
            assertThat(organisation.bureaus())
                    .extracting(BureauView::id)
                    .containsExactly(world.bureauA().id());
        });
    }

    @Test
    void workerChangesItsOwnStationButNoOther() {
        as(world.workerA1(), () -> {
            var updated = organisation.updateStationContact(
                    new Commands.StationContact(world.a1().id(), "甲一街道社工站", "0374-1234567"));
            assertThat(updated.contactPhone()).isEqualTo("0374-1234567");
            assertThat(organisation.station(world.a1().id()).orElseThrow().address())
                    .isEqualTo("甲一街道社工站");
            expect(
                    ErrorCode.NOT_FOUND,
                    () -> organisation.updateStationContact(
                            new Commands.StationContact(world.a2().id(), "改不了", null)));
            expect(
                    ErrorCode.NOT_FOUND,
                    () -> organisation.updateStationContact(
                            new Commands.StationContact(world.b1().id(), "改不了", null)));
        });
        as(
                world.leadA(),
                () -> assertThat(organisation
                                .station(world.a2().id())
                                .orElseThrow()
                                .address())
                        .isNull());
    }

    @Test
    void bureauViewerReadsEveryStationOfItsBureauAndNoneOfAnother() {
        as(world.viewerA(), () -> {
            assertThat(names(organisation.stations(null, PageRequest.of(100, null))))
                    .containsExactlyInAnyOrder("甲一街道", "甲二镇");
            assertThat(organisation.station(world.b1().id())).isEmpty();
            assertThat(organisation
                            .stations(world.projectB().id(), PageRequest.of(10, null))
                            .edges())
                    .isEmpty();
            assertThat(organisation.projects(world.bureauB().id())).isEmpty();
            // it reads the station but may not write it
            expect(
                    ErrorCode.FORBIDDEN,
                    () -> organisation.updateStationContact(
                            new Commands.StationContact(world.a1().id(), "x", null)));
        });
        as(
                world.viewerB(),
                () -> assertThat(names(organisation.stations(null, PageRequest.of(100, null))))
                        .containsExactly("乙一街道"));
    }

    @Test
    void projectLeadSeesAndWritesExactlyItsProjectsStations() {
        as(world.leadA(), () -> {
            assertThat(names(organisation.stations(null, PageRequest.of(100, null))))
                    .containsExactlyInAnyOrder("甲一街道", "甲二镇");
            organisation.updateStationContact(
                    new Commands.StationContact(world.a2().id(), null, "13800000000"));
            expect(
                    ErrorCode.NOT_FOUND,
                    () -> organisation.updateStationContact(
                            new Commands.StationContact(world.b1().id(), "x", null)));
        });
    }

    @Test
    void aStationAddedLaterIsAtOnceVisibleToThoseWhoOverseeItsProject() {
        var world = TwoBureaus.create(organisation, accounts); // its own: this test adds a station
        var leadScope = accounts.scopeOf(world.leadA());
        var viewerScope = accounts.scopeOf(world.viewerA());
        var workerScope = accounts.scopeOf(world.workerA1());
        var added = Tenancy.callAs(
                Scope.system(),
                () -> organisation.createStation(new Commands.NewStation(
                        world.projectA().id(), "甲三新站", world.a1().kind(), "411082003")));
        Tenancy.runAs(
                leadScope, () -> assertThat(organisation.station(added.id())).isPresent());
        Tenancy.runAs(
                viewerScope, () -> assertThat(organisation.station(added.id())).isPresent());
        Tenancy.runAs(
                workerScope, () -> assertThat(organisation.station(added.id())).isEmpty());
        Tenancy.runAs(
                accounts.scopeOf(world.viewerB()),
                () -> assertThat(organisation.station(added.id())).isEmpty());
    }

    @Test
    void stationsArePagedByNameWithAStableCursor() {
        as(world.viewerA(), () -> {
            var first = organisation.stations(world.projectA().id(), PageRequest.of(1, null));
            assertThat(names(first)).containsExactly("甲一街道");
            assertThat(first.pageInfo().hasNextPage()).isTrue();
            var second = organisation.stations(
                    world.projectA().id(), PageRequest.of(1, first.pageInfo().endCursor()));
            assertThat(names(second)).containsExactly("甲二镇");
            assertThat(second.pageInfo().hasNextPage()).isFalse();
        });
    }

    @Test
    void aPageReadWithItsProjectsHoldsTheSameStationsAndOnlyProjectsTheCallerReads() {
        as(world.workerA1(), () -> {
            var page = organisation.stationsWithProjects(null, PageRequest.of(100, null));
            assertThat(names(page.stations())).containsExactly("甲一街道");
            assertThat(page.projects())
                    .isEqualTo(organisation.projectsByIds(
                            List.of(world.projectA().id(), world.projectB().id())));
            var other = organisation.stationsWithProjects(world.projectB().id(), PageRequest.of(100, null));
            assertThat(other.stations().edges()).isEmpty();
            assertThat(other.projects()).isEmpty();
        });
        as(world.viewerA(), () -> {
            var first = organisation.stationsWithProjects(world.projectA().id(), PageRequest.of(1, null));
            assertThat(names(first.stations())).containsExactly("甲一街道");
            assertThat(first.projects()).containsOnlyKeys(world.projectA().id());
            assertThat(first.projects().get(world.projectA().id()))
                    .isEqualTo(organisation.projects(null).getFirst());
            var second = organisation.stationsWithProjects(
                    world.projectA().id(),
                    PageRequest.of(1, first.stations().pageInfo().endCursor()));
            assertThat(names(second.stations())).containsExactly("甲二镇");
            assertThat(second.stations().pageInfo().hasNextPage()).isFalse();
        });
        as(world.viewerB(), () -> {
            var page = organisation.stationsWithProjects(null, PageRequest.of(100, null));
            assertThat(names(page.stations())).containsExactly("乙一街道");
            assertThat(page.projects()).containsOnlyKeys(world.projectB().id());
        });
    }

    @Test
    void withoutACallerNothingIsRead() {
        expect(ErrorCode.UNAUTHENTICATED, () -> organisation.stations(null, PageRequest.of(10, null)));
        expect(ErrorCode.UNAUTHENTICATED, () -> organisation.stationsWithProjects(null, PageRequest.of(10, null)));
        assertThat(organisation.stationsByIds(List.of(world.a1().id()))).isEmpty();
    }

    @Test
    void onlyAdminsCreateOrganisations() {
        as(
                world.leadA(),
                () -> expect(
                        ErrorCode.FORBIDDEN,
                        () -> organisation.createBureau(new Commands.NewBureau("越权民政局", "411000"))));
    }

    @Test
    void aDuplicateStationNameConflictsAndWritesNothing() {
        Tenancy.runAs(Scope.system(), () -> {
            expect(
                    ErrorCode.CONFLICT,
                    () -> organisation.createStation(new Commands.NewStation(
                            world.projectA().id(), "甲一街道", world.a1().kind(), "411082009")));
            expect(
                    ErrorCode.NOT_FOUND,
                    () -> organisation.createStation(new Commands.NewStation(
                            UUID.randomUUID(), "无主街道", world.a1().kind(), "411082009")));
            assertThat(names(organisation.stations(world.projectA().id(), PageRequest.of(100, null))))
                    .containsExactlyInAnyOrder("甲一街道", "甲二镇");
        });
    }

    private void as(UserView user, Runnable work) {
        Tenancy.runAs(accounts.scopeOf(user), work);
    }

    private static List<String> names(Connection<StationView> page) {
        return page.edges().stream().map(edge -> edge.node().name()).toList();
    }
}
