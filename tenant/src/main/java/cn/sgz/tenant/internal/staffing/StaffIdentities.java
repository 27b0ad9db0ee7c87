package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.privacy.PersonalData;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.staffing.StaffingViews.Identity;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who sees which personal data of staff: the masking rule of rosters, and audited clear reads. */
@Singleton
class StaffIdentities {
    private final StaffRepository staff;
    private final PersonalData personalData;
    private final AuditLog audit;

    StaffIdentities(StaffRepository staff, PersonalData personalData, AuditLog audit) {
        this.staff = staff;
        this.personalData = personalData;
        this.audit = audit;
    }

    /** The clear phone and ID number, for the project's managers; every read is audited. */
    @Transactional
    Identity identity(UUID staffId) {
        var row = staff.staff(staffId).orElseThrow(() -> DomainException.notFound("人员不存在"));
        var scope = Tenancy.require();
        if (!scope.isAdmin() && !scope.managedProjects().contains(row.projectId())) {
            throw DomainException.forbidden("仅项目负责人、督导可以查看完整的个人信息");
        }
        var sealed = staff.sealedIdentity(staffId).orElseThrow();
        audit.record(new AuditEntry(
                "PERSONAL_DATA_READ",
                null,
                "StaffMember",
                staffId.toString(),
                Map.of("fields", List.of("phone", "idNumber"))));
        return new Identity(
                staffId, personalData.open(sealed.phoneCipher()), personalData.open(sealed.idNumberCipher()));
    }

    /** The people as the caller may see them, by id. */
    Map<UUID, StaffMember> views(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return staff.staff(ids).stream()
                .map(this::view)
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    /** Phones always masked; ID numbers (masked) to those who oversee the project and to the person. */
    StaffMember view(StaffRow row) {
        var scope = Tenancy.current().orElse(null);
        var seesIdNumbers = scope != null
                && (scope.isAdmin()
                        || scope.overseenProjects().contains(row.projectId())
                        || scope.userId().equals(row.userId()));
        return new StaffMember(
                row.id(),
                row.projectId(),
                row.name(),
                row.gender(),
                row.phoneMasked(),
                seesIdNumbers ? row.idNumberMasked() : null,
                row.degree(),
                row.major(),
                row.majorRelevant(),
                row.qualificationLevel(),
                row.certificateNumber(),
                row.certificateDate(),
                row.experienceYears(),
                row.employmentType(),
                row.hiredOn(),
                row.leftOn());
    }
}
