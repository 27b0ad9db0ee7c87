package cn.sgz.infra.devservers;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Creates, as a superuser, the two roles the service needs and the database the owner owns: the
 * owner runs migrations; the application role owns nothing, so row-level security binds it. In
 * production an operator does the same once (README.md).
 */
public final class DatabaseRoles {
    public static final String DATABASE = "sgz";
    public static final String OWNER = "sgz_owner";
    public static final String APP = "sgz_app";

    private DatabaseRoles() {}

    public static void ensure(
            String superuserUrl, String user, String password, String ownerPassword, String appPassword)
            throws SQLException {
        try (var connection = DriverManager.getConnection(superuserUrl, user, password);
                var statement = connection.createStatement()) {
            statement.execute(createRole(OWNER, ownerPassword));
            statement.execute(createRole(APP, appPassword));
            try (var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
                }
            }
        }
    }

    private static String createRole(String role, String password) {
        return """
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                    CREATE ROLE %1$s LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '%2$s';
                  END IF;
                END $$""".formatted(role, password);
    }
}
