package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.SurveySubject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** A satisfaction questionnaire as stored. */
@MappedEntity("satisfaction_survey")
record SurveyRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        SurveySubject subjectKind,
        @Nullable UUID subjectId,
        LocalDate answeredOn,
        int attitude,
        int content,
        int methods,
        int arrangements,
        UUID createdBy) {}
