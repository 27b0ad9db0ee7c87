package cn.sgz.tenant.api;

import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Role;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import java.util.regex.Pattern;

/** The changes the tenant module accepts; each checks its input and names the field at fault. */
public final class Commands {
    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{6,12}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{2,31}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    private Commands() {}

    public record NewBureau(String name, String regionCode) {
        public NewBureau {
            name = Check.text("name", name, 100);
            regionCode = Check.matches("regionCode", regionCode, REGION_CODE, "6 到 12 位数字的行政区划代码");
        }
    }

    public record NewProject(UUID bureauId, String name, String agencyName, int year) {
        public NewProject {
            Check.present("bureauId", bureauId);
            name = Check.text("name", name, 100);
            agencyName = Check.text("agencyName", agencyName, 100);
            Check.range("year", year, 2000, 2100);
        }
    }

    public record NewStation(UUID projectId, String name, StationKind kind, String regionCode) {
        public NewStation {
            Check.present("projectId", projectId);
            name = Check.text("name", name, 100);
            Check.present("kind", kind);
            regionCode = Check.matches("regionCode", regionCode, REGION_CODE, "6 到 12 位数字的行政区划代码");
        }
    }

    public record StationContact(
            UUID stationId,
            @Nullable String address,
            @Nullable String contactPhone) {
        public StationContact {
            Check.present("stationId", stationId);
            address = Check.optionalText("address", address, 200);
            contactPhone = contactPhone == null || contactPhone.isBlank()
                    ? null
                    : Check.matches("contactPhone", contactPhone, PHONE, "电话号码");
        }
    }

    public record NewUser(String username, String displayName, String password) {
        public NewUser {
            username = Check.matches("username", username, USERNAME, "3 到 32 位小写字母、数字或 _ . -");
            displayName = Check.text("displayName", displayName, 50);
            if (password == null || password.length() < 8 || password.length() > 128) {
                throw DomainException.invalid("password", "password 长度必须在 8 到 128 个字符之间");
            }
        }

        @Override
        public String toString() {
            return "NewUser[username=" + username + ", displayName=" + displayName + "]";
        }
    }

    /** A grant names exactly the target its role reaches: none, a bureau, a project or a station. */
    public record NewGrant(
            UUID userId,
            Role role,
            @Nullable UUID bureauId,
            @Nullable UUID projectId,
            @Nullable UUID stationId) {
        public NewGrant {
            Check.present("userId", userId);
            Check.present("role", role);
            switch (role) {
                case PLATFORM_ADMIN -> only(null, bureauId, projectId, stationId);
                case BUREAU_VIEWER -> only("bureauId", bureauId, projectId, stationId);
                case PROJECT_LEAD, SUPERVISOR -> only("projectId", bureauId, projectId, stationId);
                case STATION_WORKER -> only("stationId", bureauId, projectId, stationId);
            }
        }

        private static void only(@Nullable String required, UUID bureauId, UUID projectId, UUID stationId) {
            check("bureauId", bureauId, required);
            check("projectId", projectId, required);
            check("stationId", stationId, required);
        }

        private static void check(String field, UUID value, @Nullable String required) {
            if (field.equals(required) && value == null) {
                throw DomainException.invalid(field, "该角色必须指定 " + field);
            }
            if (!field.equals(required) && value != null) {
                throw DomainException.invalid(field, "该角色不能指定 " + field);
            }
        }
    }
}
