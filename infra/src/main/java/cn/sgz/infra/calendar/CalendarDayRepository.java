package cn.sgz.infra.calendar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/** The years administrators loaded; each replaces the shipped schedule of that year as a whole. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CalendarDayRepository extends GenericRepository<CalendarDayRow, LocalDate> {

    @Query("SELECT * FROM calendar_day ORDER BY day")
    List<CalendarDayRow> all();

    @Query("DELETE FROM calendar_day WHERE year = :year")
    long clear(int year);

    List<CalendarDayRow> saveAll(Iterable<CalendarDayRow> rows);

    /** Years loaded as a whole, even those listed with no day (a year of weekdays only, confirmed). */
    @Query("SELECT year FROM calendar_year ORDER BY year")
    List<Integer> years();

    @Query(
            "INSERT INTO calendar_year (year, set_by) VALUES (:year, :setBy) ON CONFLICT (year) DO UPDATE SET set_by = excluded.set_by, set_at = now()")
    long markLoaded(int year, java.util.UUID setBy);
}
