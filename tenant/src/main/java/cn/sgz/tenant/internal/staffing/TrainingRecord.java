package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.TrainingKind;
import java.time.LocalDate;

/** One person's attendance at one training. */
record TrainingRecord(TrainingKind kind, LocalDate heldOn) {}
