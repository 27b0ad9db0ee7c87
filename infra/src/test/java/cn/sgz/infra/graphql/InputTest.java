package cn.sgz.infra.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.time.Quarter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every failing field is named once, by its full path, however deep and wherever it is checked. */
class InputTest {
    static final String ID = "00000000-0000-0000-0000-000000000001";

    @Test
    void anIdReadInsideTheCommandIsNamedOnce() {
        var input = new Input("input", Map.of("userId", "not-an-id"));
        assertField(() -> input.command(() -> input.id("userId")), "input.userId");
    }

    @Test
    void aCheckMadeByTheCommandGetsTheInputsPath() {
        var input = new Input("input", Map.of("startsOn", "x"));
        assertField(
                () -> input.command(() -> {
                    throw DomainException.invalid("startsOn", "startsOn 不能早于受聘日期");
                }),
                "input.startsOn");
        var renamed = catchDomain(() -> input.command(() -> {
            throw DomainException.invalid("startsOn", "startsOn 不能早于受聘日期");
        }));
        assertThat(renamed.getMessage()).isEqualTo("input.startsOn 不能早于受聘日期");
    }

    @Test
    void nestedObjectsAndListsNameTheirPosition() {
        var input = new Input(
                "input",
                Map.of(
                        "group",
                        Map.of(
                                "leaderId",
                                ID,
                                "sessions",
                                List.of(Map.of("heldOn", "x"), Map.of("memberIds", List.of(ID, "bad"))))));
        var group = input.object("group");
        assertThat(group.id("leaderId").toString()).isEqualTo(ID);
        var sessions = group.objects("sessions");
        assertThat(sessions)
                .extracting(Input::path)
                .containsExactly("input.group.sessions[0]", "input.group.sessions[1]");
        assertField(
                () -> input.command(() -> sessions.get(1).ids("memberIds")), "input.group.sessions[1].memberIds[1]");
        assertField(() -> input.command(() -> group.object("venue")), "input.group.venue");
        assertField(
                () -> sessions.get(0).command(() -> {
                    throw DomainException.invalid("attendance", "attendance 必须在 0 到 100 之间");
                }),
                "input.group.sessions[0].attendance");
    }

    @Test
    void looseArgumentsAreNamedAsThemselves() {
        var arguments = new Input("", Map.of("id", "1234"));
        assertField(() -> arguments.command(() -> arguments.id("id")), "id");
        assertField(
                () -> arguments.command(() -> {
                    throw DomainException.invalid("first", "first 必须在 1 到 100 之间");
                }),
                "first");
    }

    @Test
    void aQuarterIsReadFromTheScalarOrFromText() {
        var input = new Input("", Map.of("coerced", new Quarter(2026, 2), "text", "2026Q3", "bad", "2026Q9"));
        assertThat(input.quarter("coerced")).isEqualTo(new Quarter(2026, 2));
        assertThat(input.quarter("text")).isEqualTo(new Quarter(2026, 3));
        assertField(() -> input.quarter("bad"), "bad");
        assertField(() -> input.quarter("absent"), "absent");
    }

    @Test
    void anAbsentEnumOrObjectIsBadInput() {
        var input = new Input("input", Map.of("kind", "VILLAGE"));
        assertField(() -> input.enumValue("kind", ErrorCode.class), "input.kind");
        assertField(() -> input.enumValue("role", ErrorCode.class), "input.role");
    }

    private static void assertField(Runnable call, String field) {
        var failure = catchDomain(call);
        assertThat(failure.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(failure.field()).isEqualTo(field);
        assertThat(failure.getMessage()).doesNotContain(field + "." + field);
    }

    private static DomainException catchDomain(Runnable call) {
        var thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }
}
