package cn.sgz.infra.calendar;

import cn.sgz.infra.calendar.CalendarCommands.Day;
import cn.sgz.infra.calendar.CalendarCommands.DayKind;
import cn.sgz.infra.calendar.CalendarCommands.SetYear;
import cn.sgz.infra.error.Check;
import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.SchemaFragment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.ArrayList;

/** The calendar's fields: a year, a day, and an administrator's correction of a year. */
@Singleton
final class CalendarSchema implements SchemaFragment {
    private final Calendars calendars;

    CalendarSchema(Calendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public String schemaResource() {
        return "graphql/calendar.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Query",
                        type -> type.dataFetcher("businessCalendar", env -> {
                                    var year = Input.arguments(env).integer("year");
                                    return calendars.year(Check.range("year", year, 2000, 2100));
                                })
                                .dataFetcher(
                                        "workingDay",
                                        env -> calendars
                                                .calendar()
                                                .isWorkingDay(
                                                        Input.arguments(env).date("date"))))
                .type(
                        "Mutation",
                        type -> type.dataFetcher("setBusinessCalendar", env -> {
                            var input = Input.of(env, "input");
                            var days = new ArrayList<Day>();
                            for (var day : input.objects("days")) {
                                var kind = day.enumValue("kind", DayKind.class);
                                days.add(day.command(() -> new Day(day.date("date"), kind, day.string("name"))));
                            }
                            return input.command(() -> calendars.setYear(new SetYear(input.integer("year"), days)));
                        }));
    }
}
