package cn.sgz.app;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two bureaus built once per test JVM through the admin mutations, with signed-in users: bureau A's
 * project runs stations a1 and a2, bureau B's runs b1. Names carry a random tag, so the world
 * shares its database with every other test.
 */
public final class ApiWorld {
    public static final String ADMIN = "testadmin";
    public static final String ADMIN_PASSWORD = "Admin@Test2026";
    public static final String PASSWORD = "World@2026";

    private static ApiWorld world;

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public String bureauA, bureauB, projectA, projectB, a1, a2, b1;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private Gql gql;

    private ApiWorld() {}

    /** The world, built on first use through this test class's client; all its users signed in. */
    public static synchronized ApiWorld get(Gql gql) {
        if (world == null) {
            var built = new ApiWorld();
            built.gql = gql;
            built.build();
            built.gql = null; // the client closes with its test class; the tokens outlive it
            world = built;
        }
        return world;
    }

    private void build() {
        var admin = login(ADMIN, ADMIN_PASSWORD);
        tokens.put(ADMIN, admin);
        bureauA = gql.create(admin, "createBureau", "{name: \"甲市民政局" + tag + "\", regionCode: \"411082\"}");
        bureauB = gql.create(admin, "createBureau", "{name: \"乙市民政局" + tag + "\", regionCode: \"411081\"}");
        projectA = gql.create(admin, "createProject", projectInput(bureauA, "甲项目"));
        projectB = gql.create(admin, "createProject", projectInput(bureauB, "乙项目"));
        a1 = gql.create(admin, "createStation", stationInput(projectA, "甲一街道", "STREET"));
        a2 = gql.create(admin, "createStation", stationInput(projectA, "甲二镇", "TOWN"));
        b1 = gql.create(admin, "createStation", stationInput(projectB, "乙一街道", "STREET"));
        user("workerA1", "STATION_WORKER", "stationId", a1);
        user("workerA2", "STATION_WORKER", "stationId", a2);
        user("workerB1", "STATION_WORKER", "stationId", b1);
        user("viewerA", "BUREAU_VIEWER", "bureauId", bureauA);
        user("viewerB", "BUREAU_VIEWER", "bureauId", bureauB);
        user("leadA", "PROJECT_LEAD", "projectId", projectA);
        user("supervisorA", "SUPERVISOR", "projectId", projectA);
    }

    public String admin() {
        return tokens.get(ADMIN);
    }

    /** A signed-in token of one of the world's users, e.g. {@code token("workerA1")}. */
    public String token(String user) {
        return tokens.get(user);
    }

    public String username(String user) {
        return user.toLowerCase() + tag;
    }

    private String login(String username, String password) {
        return gql.login(username, password);
    }

    private void user(String name, String role, String targetField, String targetId) {
        tokens.put(name, signedInUser(gql, admin(), username(name), role, targetField, targetId));
    }

    /** Creates a user with one grant, through the admin's mutations, and signs it in. */
    public static String signedInUser(
            Gql gql, String admin, String username, String role, String targetField, String targetId) {
        var id = gql.create(
                admin,
                "createUser",
                "{username: \"" + username + "\", displayName: \"" + username + "\", password: \"" + PASSWORD + "\"}");
        gql.create(
                admin,
                "grantRole",
                "{userId: \"" + id + "\", role: " + role + ", " + targetField + ": \"" + targetId + "\"}");
        return gql.login(username, PASSWORD);
    }

    private String projectInput(String bureau, String name) {
        return "{bureauId: \"" + bureau + "\", name: \"" + name + "\", agencyName: \"机构" + tag + "\", year: 2026}";
    }

    private static String stationInput(String project, String name, String kind) {
        return "{projectId: \"" + project + "\", name: \"" + name + "\", kind: " + kind
                + ", regionCode: \"411082001\"}";
    }
}
