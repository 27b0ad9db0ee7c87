package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.api.ServiceEnums.Shortfall;
import java.util.ArrayList;
import java.util.List;

/**
 * The service standards' rules of what counts, without I/O. A record that misses one is kept and
 * shown with its reasons; it only does not count toward the indicators. Comparisons are in whole
 * numbers, so a boundary (60 % attendance) is exact.
 */
final class QualityRules {
    static final int GROUP_MIN_MEMBERS = 8;
    static final int GROUP_MIN_SESSIONS = 5;
    static final int GROUP_MIN_ATTENDANCE_PERCENT = 60;
    static final int CASE_MIN_SESSIONS = 5;
    static final int LECTURE_MIN_PARTICIPANTS = 20;
    static final int LECTURE_MIN_PARTICIPANTS_ENTERPRISE = 30;
    static final int LECTURE_MIN_MINUTES = 40;
    static final int LARGE_MORE_THAN_PARTICIPANTS = 100;
    static final int MEDIUM_MIN_PARTICIPANTS = 50;

    private QualityRules() {}

    /** Counselling and treatment need five sessions; consultations and referrals count as held. */
    static List<Shortfall> ofCase(CaseKind kind, int sessions) {
        if ((kind == CaseKind.COUNSELLING || kind == CaseKind.TREATMENT) && sessions < CASE_MIN_SESSIONS) {
            return List.of(Shortfall.CASE_TOO_FEW_SESSIONS);
        }
        return List.of();
    }

    /** A group counts with ≥ 8 members, ≥ 5 sessions and an average attendance of ≥ 60 % of its members. */
    static List<Shortfall> ofGroup(int members, int sessions, int attendanceTotal) {
        var misses = new ArrayList<Shortfall>();
        if (members < GROUP_MIN_MEMBERS) {
            misses.add(Shortfall.GROUP_TOO_FEW_MEMBERS);
        }
        if (sessions < GROUP_MIN_SESSIONS) {
            misses.add(Shortfall.GROUP_TOO_FEW_SESSIONS);
        }
        if (sessions > 0 && 100L * attendanceTotal < (long) GROUP_MIN_ATTENDANCE_PERCENT * members * sessions) {
            misses.add(Shortfall.GROUP_LOW_ATTENDANCE);
        }
        return List.copyOf(misses);
    }

    static List<Shortfall> ofActivity(ActivityKind kind, ServiceDomain domain, int participants, int minutes) {
        var misses = new ArrayList<Shortfall>();
        switch (kind) {
            case LECTURE -> {
                int least = domain == ServiceDomain.ENTERPRISE
                        ? LECTURE_MIN_PARTICIPANTS_ENTERPRISE
                        : LECTURE_MIN_PARTICIPANTS;
                if (participants < least) {
                    misses.add(Shortfall.LECTURE_TOO_FEW_PARTICIPANTS);
                }
                if (minutes < LECTURE_MIN_MINUTES) {
                    misses.add(Shortfall.LECTURE_TOO_SHORT);
                }
            }
            case LARGE -> {
                if (participants <= LARGE_MORE_THAN_PARTICIPANTS) {
                    misses.add(Shortfall.LARGE_TOO_FEW_PARTICIPANTS);
                }
            }
            case MEDIUM -> {
                if (participants < MEDIUM_MIN_PARTICIPANTS) {
                    misses.add(Shortfall.MEDIUM_TOO_FEW_PARTICIPANTS);
                }
            }
            default -> {
                // publicity, family education and volunteer activities have no threshold
            }
        }
        return List.copyOf(misses);
    }
}
