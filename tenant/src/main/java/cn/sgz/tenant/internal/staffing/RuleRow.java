package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import cn.sgz.tenant.api.staffing.StaffingViews.Rules;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** A project's staffing terms as stored; the accepted levels travel as comma-separated names. */
@MappedEntity("staffing_rule")
record RuleRow(
        @Id UUID projectId,
        int fullTimeWorkers,
        String qualificationLevels,
        BigDecimal minExperienceYears,
        boolean requireRelevantDegree) {

    static RuleRow of(UUID projectId, Rules rules) {
        var levels =
                rules.qualificationLevels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return new RuleRow(
                projectId, rules.fullTimeWorkers(), levels, rules.minExperienceYears(), rules.requireRelevantDegree());
    }

    Rules rules() {
        var levels = EnumSet.noneOf(QualificationLevel.class);
        Arrays.stream(qualificationLevels.split(","))
                .filter(level -> !level.isEmpty())
                .map(QualificationLevel::valueOf)
                .forEach(levels::add);
        return new Rules(fullTimeWorkers, levels, minExperienceYears, requireRelevantDegree);
    }
}
