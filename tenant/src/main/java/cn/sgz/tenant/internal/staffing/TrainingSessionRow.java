package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.TrainingKind;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A training held for a project's staff, as inserted. */
@MappedEntity("training_session")
record TrainingSessionRow(
        @Id UUID id, UUID projectId, TrainingKind kind, LocalDate heldOn, BigDecimal hours, String topic) {}
