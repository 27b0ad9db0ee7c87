package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Service records and assessment steps as a station's client sends them, in the domain's words:
 * {@code records.group(token, station, "2025-01-06", 8, 5, 8)} logs a group of eight members with
 * five full sessions. Every call returns the response; {@code .ok()} asserts there was no error.
 */
record ServiceRecords(Gql gql) {
    static final String CASE_FIELDS = "id version counts shortfalls { code message } sessions station { id }";
    static final String GROUP_FIELDS =
            "id version counts shortfalls { code } attendanceRate sessions { number attendance }";
    static final String ACTIVITY_FIELDS = "id version counts shortfalls { code } participants minutes";
    static final String ASSESSMENT_FIELDS = """
            status version onTime locked reviewComment reopenReason satisfactionRate indicatorsMet indicatorsMissed
            indicators { indicatorCode indicator { code unit } value target achievementRate met }
            shortfalls { recordKind recordId label reasons { code message } }""";

    Gql.Response logCase(String token, String station, String kind, int sessions, String openedOn, boolean filed) {
        return logCase(
                token, UUID.randomUUID().toString(), station, caseInput("YOUTH", kind, sessions, openedOn, filed));
    }

    Gql.Response logCase(String token, String id, String station, Map<String, Object> input) {
        return gql.post(
                token,
                "mutation($i: LogCaseInput!) { logCase(input: $i) { " + CASE_FIELDS + " } }",
                "i",
                Map.of("id", id, "stationId", station, "case", input));
    }

    Gql.Response correctCase(String token, String id, int version, Map<String, Object> input) {
        return gql.post(
                token,
                "mutation($i: CorrectCaseInput!) { correctCase(input: $i) { " + CASE_FIELDS + " } }",
                "i",
                Map.of("id", id, "version", version, "case", input));
    }

    static Map<String, Object> caseInput(String domain, String kind, int sessions, String openedOn, boolean filed) {
        var input = new HashMap<String, Object>();
        input.put("domain", domain);
        input.put("kind", kind);
        input.put("clientRef", "C-" + UUID.randomUUID().toString().substring(0, 6));
        input.put("openedOn", openedOn);
        input.put("sessions", sessions);
        if (filed) {
            input.put("filedOn", openedOn);
        }
        return input;
    }

    /** A group with one session per attendance figure, weekly from {@code startedOn}. */
    Gql.Response group(String token, String station, String startedOn, int members, int... attendances) {
        return group(token, station, "YOUTH", startedOn, members, false, attendances);
    }

    Gql.Response group(
            String token,
            String station,
            String domain,
            String startedOn,
            int members,
            boolean featured,
            int... attendances) {
        return gql.post(
                token,
                "mutation($i: LogGroupInput!) { logGroup(input: $i) { " + GROUP_FIELDS + " } }",
                "i",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "stationId", station,
                        "group", groupInput(domain, startedOn, members, featured, attendances)));
    }

    static Map<String, Object> groupInput(
            String domain, String startedOn, int members, boolean featured, int... attendances) {
        var sessions = new ArrayList<Map<String, Object>>();
        var day = java.time.LocalDate.parse(startedOn);
        for (int attendance : attendances) {
            sessions.add(Map.of("heldOn", day.toString(), "attendance", attendance, "minutes", 90));
            day = day.plusDays(7);
        }
        return Map.of(
                "domain", domain,
                "kind", "SUPPORT",
                "title", "小组" + UUID.randomUUID().toString().substring(0, 4),
                "members", members,
                "startedOn", startedOn,
                "sessions", sessions,
                "featured", featured);
    }

    Gql.Response activity(
            String token, String station, String domain, String kind, String heldOn, int participants, int minutes) {
        return gql.post(
                token,
                "mutation($i: LogActivityInput!) { logActivity(input: $i) { " + ACTIVITY_FIELDS + " } }",
                "i",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "stationId", station,
                        "activity", activityInput(domain, kind, heldOn, participants, minutes)));
    }

    static Map<String, Object> activityInput(String domain, String kind, String heldOn, int participants, int minutes) {
        return Map.of(
                "domain", domain,
                "kind", kind,
                "title", "活动" + UUID.randomUUID().toString().substring(0, 4),
                "heldOn", heldOn,
                "participants", participants,
                "minutes", minutes);
    }

    Gql.Response visit(String token, String station, String kind, String visitedOn, int minutes) {
        return gql.post(
                token,
                "mutation($i: LogVisitInput!) { logVisit(input: $i) { id version } }",
                "i",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "stationId", station,
                        "domain", "ELDERLY",
                        "kind", kind,
                        "clientRef", "V-1",
                        "visitedOn", visitedOn,
                        "minutes", minutes));
    }

    Gql.Response volunteerEvent(String token, String station, String kind, String heldOn) {
        return gql.post(
                token,
                "mutation($i: LogVolunteerEventInput!) { logVolunteerEvent(input: $i) { id hours } }",
                "i",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "stationId",
                        station,
                        "domain",
                        "RURAL",
                        "kind",
                        kind,
                        "topic",
                        "义工培训",
                        "heldOn",
                        heldOn,
                        "volunteers",
                        12,
                        "hours",
                        2.5));
    }

    /** A questionnaire about the station, every answer the same score. */
    Gql.Response survey(String token, String station, String answeredOn, int score) {
        return gql.post(
                token,
                "mutation($i: RecordSurveyInput!) { recordSurvey(input: $i) { id } }",
                "i",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "stationId", station,
                        "subject", "STATION",
                        "answeredOn", answeredOn,
                        "attitude", score,
                        "content", score,
                        "methods", score,
                        "arrangements", score));
    }

    Gql.Response assessment(String token, String station, String quarter) {
        return gql.post(
                token,
                "query($s: ID!, $q: Quarter!) { station(id: $s) { assessment(quarter: $q) { " + ASSESSMENT_FIELDS
                        + " } } }",
                "s",
                station,
                "q",
                quarter);
    }

    /** One indicator of a station's quarter, e.g. {@code indicator(assessment, "YOUTH_CASES")}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> indicator(Gql.Response assessment, String code) {
        List<Map<String, Object>> indicators = assessment.data("station.assessment.indicators");
        var found = indicators.stream()
                .filter(result -> code.equals(result.get("indicatorCode")))
                .findFirst()
                .orElseThrow();
        assertThat(((Map<String, Object>) found.get("indicator")).get("code")).isEqualTo(code);
        return found;
    }

    /** A workflow step: submitAssessment, approveAssessment or reopenAssessment. */
    Gql.Response step(String token, String mutation, String station, String quarter, int version, String comment) {
        var input = new HashMap<String, Object>();
        input.put("stationId", station);
        input.put("quarter", quarter);
        input.put("version", version);
        input.put("comment", comment);
        return gql.post(
                token,
                "mutation($i: AssessmentStepInput!) { " + mutation + "(input: $i) { " + ASSESSMENT_FIELDS + " } }",
                "i",
                input);
    }

    Gql.Response review(String token, String station, String quarter, int version, boolean pass, String comment) {
        var input = new HashMap<String, Object>();
        input.put("stationId", station);
        input.put("quarter", quarter);
        input.put("version", version);
        input.put("pass", pass);
        input.put("comment", comment);
        return gql.post(
                token,
                "mutation($i: AssessmentReviewInput!) { reviewAssessment(input: $i) { " + ASSESSMENT_FIELDS + " } }",
                "i",
                input);
    }
}
