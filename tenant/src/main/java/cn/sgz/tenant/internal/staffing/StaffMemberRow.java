package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.Gender;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A staff member as inserted: personal data only sealed (cipher, lookup hash, mask). */
@MappedEntity("staff_member")
record StaffMemberRow(
        @Id UUID id,
        UUID projectId,
        String name,
        Gender gender,
        byte[] phoneCipher,
        String phoneMasked,
        byte[] idNumberCipher,
        byte[] idNumberHash,
        String idNumberMasked,
        Degree degree,
        @Nullable String major,
        boolean majorRelevant,
        @Nullable QualificationLevel qualificationLevel,
        @Nullable String certificateNumber,
        @Nullable LocalDate certificateDate,
        BigDecimal experienceYears,
        EmploymentType employmentType,
        LocalDate hiredOn) {}
