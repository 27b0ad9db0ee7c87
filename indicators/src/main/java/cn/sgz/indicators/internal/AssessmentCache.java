package cn.sgz.indicators.internal;

import cn.sgz.indicators.internal.QuarterComputation.Computed;
import cn.sgz.infra.time.Quarter;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stations' computed quarters, each kept under the revisions of its inputs it was computed at
 * ({@code assessment_revision}: {@code revision} is bumped in the transaction of every change of a
 * quarter's records, {@code targets_revision} of its targets). The reader compares them with the
 * revisions it read, so an entry is served only while the records it was computed from are
 * unchanged: on any node, without expiry and without being told. When only the targets changed,
 * its values still serve, and only the targets are applied again; when records changed, it is
 * brought up to date from the rows revised since. Bounded by
 * {@code sgz.indicators.assessment-cache.size} station-quarters (0 turns it off); when full, an
 * arbitrary tenth is dropped. Entries hold no caller's scope: the revision and the station ids were
 * read under the caller's row-level security before a lookup is made.
 */
@Singleton
class AssessmentCache {
    private record Key(UUID stationId, Quarter quarter) {}

    /**
     * A computed quarter and the revisions it was computed at: of the quarter's records, of its
     * targets, and of the station's records ({@code record_revision}: its rows revised since are
     * what a later change has to read).
     */
    record Entry(long revision, long targetsRevision, long recordsRevision, Computed computed) {}

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    AssessmentCache(@Value("${sgz.indicators.assessment-cache.size:5000}") int capacity) {
        this.capacity = capacity;
    }

    /** What was last computed of the station's quarter, at whatever revision; else null. */
    @Nullable
    Entry get(UUID stationId, Quarter quarter) {
        return entries.get(new Key(stationId, quarter));
    }

    /** Keeps the newer of what is there and this; older revisions never replace newer ones. */
    void put(UUID stationId, Quarter quarter, Entry entry) {
        if (capacity <= 0) {
            return;
        }
        if (entries.size() >= capacity) {
            var drop = Math.max(1, capacity / 10);
            for (var key : entries.keySet()) {
                if (drop-- <= 0) {
                    break;
                }
                entries.remove(key);
            }
        }
        entries.merge(
                new Key(stationId, quarter),
                entry,
                (kept, fresh) -> fresh.revision() > kept.revision()
                                || fresh.revision() == kept.revision()
                                        && fresh.targetsRevision() >= kept.targetsRevision()
                        ? fresh
                        : kept);
    }

    int size() {
        return entries.size();
    }
}
