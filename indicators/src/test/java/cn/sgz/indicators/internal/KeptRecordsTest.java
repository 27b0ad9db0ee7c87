package cn.sgz.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.internal.QuarterFacts.ActivityFact;
import cn.sgz.indicators.internal.QuarterFacts.CaseFact;
import cn.sgz.indicators.internal.QuarterFacts.Records;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A kept quarter's records brought up to date: revised rows replace their old selves, gone ones leave. */
class KeptRecordsTest {
    static final UUID STATION = UUID.randomUUID();

    @Test
    void revisedRowsReplaceTheirOldSelvesNewOnesJoinAndGoneOnesLeave() {
        var kept = activity(30);
        var revised = activity(20);
        var leaving = caseOf(UUID.randomUUID());
        var staying = caseOf(UUID.randomUUID());
        var records = new Records(List.of(leaving, staying), List.of(), List.of(kept, revised));
        var changedActivity = new ActivityFact(
                revised.id(), STATION, "讲座", ServiceDomain.FAMILY, ActivityKind.LECTURE, 45, 60, false);
        var added = activity(50);

        var updated = records.updated(
                new Records(List.of(), List.of(), List.of(changedActivity, added)), Set.of(leaving.id()));

        assertThat(updated.cases()).containsExactly(staying);
        assertThat(updated.activities()).containsExactlyInAnyOrder(kept, changedActivity, added);
        assertThat(records.activities()).containsExactly(kept, revised); // what was kept is not changed
    }

    @Test
    void nothingRevisedLeavesTheRecordsAsTheyWere() {
        var records = new Records(List.of(caseOf(UUID.randomUUID())), List.of(), List.of(activity(10)));
        assertThat(records.updated(Records.NONE, Set.of())).isEqualTo(records);
    }

    static ActivityFact activity(int participants) {
        return new ActivityFact(
                UUID.randomUUID(), STATION, "讲座", ServiceDomain.FAMILY, ActivityKind.LECTURE, participants, 60, false);
    }

    static CaseFact caseOf(UUID id) {
        return new CaseFact(id, STATION, "C-1", ServiceDomain.WOMEN, CaseKind.CONSULTATION, 1, true, true, false, null);
    }
}
