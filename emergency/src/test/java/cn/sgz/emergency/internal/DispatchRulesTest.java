package cn.sgz.emergency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.emergency.api.EmergencyCommands.Allocation;
import cn.sgz.emergency.internal.DispatchRepository.LineRow;
import cn.sgz.infra.error.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an approval may allocate, and the one order approvals lock lines in. */
class DispatchRulesTest {
    static final UUID DESTINATION = UUID.randomUUID();
    static final UUID TENTS = UUID.randomUUID();
    static final UUID WATER = UUID.randomUUID();
    static final DispatchRow DISPATCH = new DispatchRow(
            UUID.randomUUID(),
            UUID.randomUUID(),
            DESTINATION,
            null,
            "安置点",
            null,
            "REQUESTED",
            UUID.randomUUID(),
            Instant.EPOCH,
            null,
            null,
            null,
            null,
            1);
    static final List<LineRow> ASKED = List.of(new LineRow(DISPATCH.id(), TENTS, 4));

    @Test
    void upToWhatWasAskedFromStationsOtherThanTheDestination() {
        var north = UUID.randomUUID();
        var south = UUID.randomUUID();
        DispatchRules.checkAllocations(
                DISPATCH, ASKED, List.of(new Allocation(north, TENTS, 2), new Allocation(south, TENTS, 2)));
        assertThatThrownBy(() -> DispatchRules.checkAllocations(
                        DISPATCH, ASKED, List.of(new Allocation(north, TENTS, 2), new Allocation(south, TENTS, 3))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("allocations[1].quantity");
        assertThatThrownBy(() ->
                        DispatchRules.checkAllocations(DISPATCH, ASKED, List.of(new Allocation(DESTINATION, TENTS, 1))))
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("allocations[0].stationId");
        assertThatThrownBy(
                        () -> DispatchRules.checkAllocations(DISPATCH, ASKED, List.of(new Allocation(north, WATER, 1))))
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("allocations[0].resourceTypeId");
    }

    @Test
    void allocationsAreLockedInOneOrder() {
        var a = new UUID(1, 1);
        var b = new UUID(2, 2);
        var given = List.of(new Allocation(b, TENTS, 1), new Allocation(a, WATER, 1), new Allocation(a, TENTS, 1));
        assertThat(DispatchRules.ordered(given))
                .extracting(Allocation::stationId)
                .containsExactly(a, a, b);
        assertThat(DispatchRules.ordered(List.of(new Allocation(a, WATER, 1), new Allocation(a, TENTS, 1))))
                .isEqualTo(DispatchRules.ordered(List.of(new Allocation(a, TENTS, 1), new Allocation(a, WATER, 1))));
    }
}
