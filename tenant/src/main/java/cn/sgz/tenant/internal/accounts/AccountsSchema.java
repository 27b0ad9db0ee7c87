package cn.sgz.tenant.internal.accounts;

import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.Loaders;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.infra.tenancy.Role;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.GrantView;
import cn.sgz.tenant.api.TenantLoaders;
import cn.sgz.tenant.api.UserView;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

/** Users and role grants in GraphQL (login itself is the application's). */
@Singleton
class AccountsSchema implements SchemaFragment {
    private final Accounts accounts;

    AccountsSchema(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String schemaResource() {
        return "graphql/accounts.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("me", env -> accounts.me().orElse(null)))
                .type(
                        "Mutation",
                        type -> type.dataFetcher("createUser", this::createUser)
                                .dataFetcher("grantRole", this::grantRole)
                                .dataFetcher("revokeRole", env -> {
                                    var grantId = Input.arguments(env).id("grantId");
                                    accounts.revokeGrant(grantId);
                                    return grantId;
                                }))
                .type(
                        "User",
                        type -> type.dataFetcher(
                                "grants",
                                env -> accounts.grantsOf(
                                        env.<UserView>getSource().id())))
                .type(
                        "RoleGrant",
                        type -> type.dataFetcher(
                                        "bureau",
                                        env -> Loaders.load(
                                                env,
                                                TenantLoaders.BUREAU,
                                                env.<GrantView>getSource().bureauId()))
                                .dataFetcher(
                                        "project",
                                        env -> Loaders.load(
                                                env,
                                                TenantLoaders.PROJECT,
                                                env.<GrantView>getSource().projectId()))
                                .dataFetcher(
                                        "station",
                                        env -> Loaders.load(
                                                env,
                                                TenantLoaders.STATION,
                                                env.<GrantView>getSource().stationId())));
    }

    private Object createUser(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        return input.command(() -> accounts.createUser(
                new Commands.NewUser(input.string("username"), input.string("displayName"), input.string("password"))));
    }

    private Object grantRole(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        return input.command(() -> accounts.grant(new Commands.NewGrant(
                input.id("userId"),
                input.enumValue("role", Role.class),
                input.optionalId("bureauId"),
                input.optionalId("projectId"),
                input.optionalId("stationId"))));
    }
}
