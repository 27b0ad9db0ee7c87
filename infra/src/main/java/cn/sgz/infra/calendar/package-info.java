/**
 * The PRC working-day calendar as the service holds it: the schedule shipped in
 * {@code calendar/prc-holidays.csv}, years an administrator loads or corrects in the database,
 * and the {@link cn.sgz.infra.time.BusinessCalendar} built from both.
 */
package cn.sgz.infra.calendar;
