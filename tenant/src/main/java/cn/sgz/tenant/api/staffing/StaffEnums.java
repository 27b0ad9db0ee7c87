package cn.sgz.tenant.api.staffing;

/** The closed vocabularies of staffing. */
public final class StaffEnums {
    private StaffEnums() {}

    public enum Gender {
        MALE,
        FEMALE
    }

    /** 学历 */
    public enum Degree {
        NONE,
        ASSOCIATE,
        BACHELOR,
        MASTER,
        DOCTOR
    }

    /** 社会工作者职业资格: 助理社会工作师, 社会工作师, 高级社会工作师. */
    public enum QualificationLevel {
        ASSISTANT,
        INTERMEDIATE,
        SENIOR
    }

    public enum EmploymentType {
        FULL_TIME,
        PART_TIME
    }

    /** A posting to a station (WORKER) or to the project. */
    public enum PostRole {
        WORKER,
        PROJECT_LEAD,
        SUPERVISOR,
        ADMIN_SUPPORT
    }

    /** Which rule of the contract a person misses. */
    public enum QualificationMiss {
        /** no certificate, or not yet on the day */
        NO_CERTIFICATE,
        /** a certificate of a level the project does not accept */
        LEVEL_NOT_ACCEPTED,
        /** no degree in social work, sociology, psychology or a related field */
        NO_RELEVANT_DEGREE,
        /** fewer years of experience than the project requires */
        TOO_LITTLE_EXPERIENCE
    }

    public enum TrainingKind {
        INITIAL,
        SKILLS,
        CONFIDENTIALITY
    }

    public enum SupervisionKind {
        INDIVIDUAL,
        GROUP
    }
}
