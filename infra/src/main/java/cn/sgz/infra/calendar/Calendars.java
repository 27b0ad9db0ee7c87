package cn.sgz.infra.calendar;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.calendar.CalendarCommands.Day;
import cn.sgz.infra.calendar.CalendarCommands.DayKind;
import cn.sgz.infra.calendar.CalendarCommands.SetYear;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.infra.time.BusinessCalendar.CalendarYear;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The calendar every deadline is computed on: the shipped schedule, overridden year by year by what
 * administrators loaded. Kept in memory and read again after {@code sgz.calendar.refresh} (60 s),
 * at once on the node where a year was changed, so all nodes agree within a minute.
 */
@Singleton
public class Calendars {
    static final String RESOURCE = "calendar/prc-holidays.csv";

    /** Where a year's schedule comes from. */
    public enum Source {
        SHIPPED,
        ADMIN,
        NONE
    }

    /** A year as the calendar holds it. */
    public record YearView(int year, boolean confirmed, Source source, List<Day> days, int workingDays) {}

    private record Loaded(
            BusinessCalendar calendar, Map<Integer, List<Day>> days, Map<Integer, Source> sources, Instant at) {}

    private final CalendarDayRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration refresh;
    private final Map<Integer, List<Day>> shipped;
    private volatile Loaded loaded;

    Calendars(
            CalendarDayRepository repository,
            AuditLog audit,
            Clock clock,
            @Value("${sgz.calendar.refresh:60s}") Duration refresh) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.refresh = refresh;
        this.shipped = shipped();
    }

    public BusinessCalendar calendar() {
        return current().calendar();
    }

    public YearView year(int year) {
        var current = current();
        var days = current.days().getOrDefault(year, List.of());
        var source = current.sources().getOrDefault(year, Source.NONE);
        var first = LocalDate.of(year, 1, 1);
        int working = 0;
        for (var day = first; day.getYear() == year; day = day.plusDays(1)) {
            working += current.calendar().isWorkingDay(day) ? 1 : 0;
        }
        return new YearView(year, source != Source.NONE, source, days, working);
    }

    @Transactional
    public YearView setYear(SetYear command) {
        var scope = Tenancy.require();
        if (!scope.isAdmin()) {
            throw DomainException.forbidden("只有平台管理员可以载入节假日安排");
        }
        repository.markLoaded(command.year(), scope.userId());
        repository.clear(command.year());
        repository.saveAll(command.days().stream()
                .map(day -> new CalendarDayRow(day.date(), command.year(), day.kind(), day.name(), scope.userId()))
                .toList());
        audit.record(new AuditEntry(
                "CALENDAR_YEAR_SET",
                null,
                "CalendarYear",
                Integer.toString(command.year()),
                Map.of("days", command.days().size())));
        loaded = null;
        return year(command.year());
    }

    private Loaded current() {
        var known = loaded;
        if (known == null || known.at().plus(refresh).isBefore(clock.instant())) {
            known = load();
            loaded = known;
        }
        return known;
    }

    private Loaded load() {
        var days = new TreeMap<Integer, List<Day>>(shipped);
        var sources = new HashMap<Integer, Source>();
        shipped.keySet().forEach(year -> sources.put(year, Source.SHIPPED));
        var stored = repository.all().stream()
                .collect(Collectors.groupingBy(
                        CalendarDayRow::year,
                        Collectors.mapping(row -> new Day(row.day(), row.kind(), row.name()), Collectors.toList())));
        for (var year : repository.years()) {
            days.put(year, stored.getOrDefault(year, List.of()));
            sources.put(year, Source.ADMIN);
        }
        var years = new HashMap<Integer, CalendarYear>();
        days.forEach((year, list) -> years.put(
                year,
                new CalendarYear(
                        year,
                        list.stream()
                                .filter(d -> d.kind() == DayKind.OFF)
                                .map(Day::date)
                                .collect(Collectors.toSet()),
                        list.stream()
                                .filter(d -> d.kind() == DayKind.WORK)
                                .map(Day::date)
                                .collect(Collectors.toSet()))));
        return new Loaded(new BusinessCalendar(years), Map.copyOf(days), Map.copyOf(sources), clock.instant());
    }

    /** The schedule shipped with the service, by year (bin/convert-holidays writes it). */
    static Map<Integer, List<Day>> shipped() {
        var days = new TreeMap<Integer, List<Day>>();
        var stream = Calendars.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("the calendar " + RESOURCE + " is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                var parts = line.split(",", 3);
                var day = new Day(LocalDate.parse(parts[0]), DayKind.valueOf(parts[1]), parts[2]);
                days.computeIfAbsent(day.date().getYear(), year -> new ArrayList<>())
                        .add(day);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
