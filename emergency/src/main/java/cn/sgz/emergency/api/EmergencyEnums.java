package cn.sgz.emergency.api;

/** The fixed vocabularies of emergency supplies, dispatches and incidents. */
public final class EmergencyEnums {
    private EmergencyEnums() {}

    /** 医疗、防护、通信、安置、食品、工具 */
    public enum ResourceCategory {
        MEDICAL,
        PROTECTIVE,
        COMMUNICATION,
        SHELTER,
        FOOD,
        TOOLS
    }

    /** How a movement changes a station's level: receipts and dispatches in add, use and dispatches out take. */
    public enum MovementKind {
        RECEIVE,
        USE,
        DISPATCH_OUT,
        DISPATCH_IN,
        ADJUST
    }

    /** REQUESTED → IN_TRANSIT (approved, reserved at the sources) → RECEIVED, or REJECTED / CANCELLED. */
    public enum DispatchStatus {
        REQUESTED,
        IN_TRANSIT,
        RECEIVED,
        CANCELLED,
        REJECTED
    }

    public enum IncidentKind {
        NATURAL_DISASTER,
        PUBLIC_HEALTH,
        ACCIDENT,
        SOCIAL_SAFETY,
        OTHER
    }

    /** OPEN (the 24-hour response clock runs) → RESPONDED (measures taken) → REVIEWED (after-action review). */
    public enum IncidentStatus {
        OPEN,
        RESPONDED,
        REVIEWED
    }

    /** Under the station's minimum, or a batch expiring within 30 days. */
    public enum AlertKind {
        BELOW_MINIMUM,
        EXPIRING
    }
}
