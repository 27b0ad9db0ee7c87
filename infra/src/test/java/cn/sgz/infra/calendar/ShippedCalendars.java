package cn.sgz.infra.calendar;

import cn.sgz.infra.time.BusinessCalendar;

/** The calendar shipped with the service, for tests without a database. */
public final class ShippedCalendars {
    public static final BusinessCalendar CALENDAR = ShippedCalendarTest.shipped();

    private ShippedCalendars() {}
}
