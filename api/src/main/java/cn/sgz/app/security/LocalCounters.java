package cn.sgz.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/** Counters over a window in this node's memory: what login limits fall back to while Redis is down. */
final class LocalCounters {
    private record Window(Instant ends, long count) {}

    private static final int CAPACITY = 100_000;

    private final Clock clock;
    private final Duration window;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    LocalCounters(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    long increment(String key) {
        var now = clock.instant();
        if (windows.size() >= CAPACITY) {
            windows.values().removeIf(entry -> !now.isBefore(entry.ends()));
        }
        return windows.compute(
                        key,
                        (name, current) -> current == null || !now.isBefore(current.ends())
                                ? new Window(now.plus(window), 1)
                                : new Window(current.ends(), current.count() + 1))
                .count();
    }

    long count(String key) {
        var current = windows.get(key);
        return current == null || !clock.instant().isBefore(current.ends()) ? 0 : current.count();
    }

    void delete(String key) {
        windows.remove(key);
    }
}
