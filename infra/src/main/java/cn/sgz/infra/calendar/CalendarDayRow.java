package cn.sgz.infra.calendar;

import cn.sgz.infra.calendar.CalendarCommands.DayKind;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** A day an administrator listed for a year, as stored. */
@MappedEntity("calendar_day")
record CalendarDayRow(@Id LocalDate day, int year, DayKind kind, String name, UUID setBy) {}
