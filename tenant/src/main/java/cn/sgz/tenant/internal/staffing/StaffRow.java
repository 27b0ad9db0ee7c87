package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.Gender;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A staff row as read: masked values only, the sealed ones stay in the database. */
@Introspected
record StaffRow(
        UUID id,
        UUID projectId,
        String name,
        Gender gender,
        String phoneMasked,
        String idNumberMasked,
        byte[] idNumberHash,
        Degree degree,
        @Nullable String major,
        boolean majorRelevant,
        @Nullable QualificationLevel qualificationLevel,
        @Nullable String certificateNumber,
        @Nullable LocalDate certificateDate,
        BigDecimal experienceYears,
        EmploymentType employmentType,
        LocalDate hiredOn,
        @Nullable LocalDate leftOn,
        @Nullable UUID userId) {}
