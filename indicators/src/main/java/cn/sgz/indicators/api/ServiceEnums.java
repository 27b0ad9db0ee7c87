package cn.sgz.indicators.api;

/** The fixed vocabularies of service records (GLOSSARY.md). */
public final class ServiceEnums {
    private ServiceEnums() {}

    public enum ServiceDomain {
        YOUTH("儿童青少年"),
        ELDERLY("老年人"),
        WOMEN("妇女"),
        FAMILY("家庭"),
        CORRECTION("社区矫正"),
        SCHOOL("学校"),
        RURAL("农村"),
        ENTERPRISE("企业");

        private final String label;

        ServiceDomain(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum CaseKind {
        CONSULTATION,
        COUNSELLING,
        TREATMENT,
        REFERRAL
    }

    public enum ReferralOutcome {
        SUCCEEDED,
        FAILED
    }

    public enum GroupKind {
        THERAPEUTIC,
        SUPPORT,
        MUTUAL_AID,
        DEVELOPMENTAL
    }

    public enum ActivityKind {
        LARGE,
        MEDIUM,
        LECTURE,
        PUBLICITY,
        FAMILY_EDUCATION,
        VOLUNTEER
    }

    public enum VisitKind {
        HOME,
        PHONE
    }

    public enum VolunteerKind {
        TRAINING,
        SERVICE
    }

    /** What a satisfaction survey is about. */
    public enum SurveySubject {
        CASE,
        GROUP,
        ACTIVITY,
        STATION
    }

    public enum AssessmentStatus {
        DRAFT("草稿"),
        SUBMITTED("已提交"),
        REVIEWED("已审核"),
        APPROVED("已审批");

        private final String label;

        AssessmentStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How an indicator's value comes from the quarter's records. */
    public enum Measure {
        CASES,
        GROUP_SESSIONS,
        ACTIVITIES,
        PARTICIPANTS,
        CASE_REPORTS,
        HOME_VISITS,
        PHONE_VISITS,
        VOLUNTEER_TRAININGS,
        VOLUNTEER_SERVICES,
        CASE_FILING_RATE,
        REFERRAL_SUCCESS_RATE,
        ROUTINE_SHARE,
        SATISFACTION_RATE;

        public boolean isRate() {
            return ordinal() >= CASE_FILING_RATE.ordinal();
        }
    }

    /** Why a record does not count, in the words of the service standards. */
    public enum Shortfall {
        GROUP_TOO_FEW_MEMBERS("小组成员少于 8 人"),
        GROUP_TOO_FEW_SESSIONS("小组活动少于 5 节"),
        GROUP_LOW_ATTENDANCE("小组平均出勤率低于 60%"),
        CASE_TOO_FEW_SESSIONS("辅导、治疗类个案面谈少于 5 次"),
        LECTURE_TOO_FEW_PARTICIPANTS("讲座参加人数不足（一般领域 20 人，企业领域 30 人）"),
        LECTURE_TOO_SHORT("讲座时长少于 40 分钟"),
        LARGE_TOO_FEW_PARTICIPANTS("大型活动参加人数须多于 100 人"),
        MEDIUM_TOO_FEW_PARTICIPANTS("中型活动参加人数须达到 50 人");

        private final String message;

        Shortfall(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
