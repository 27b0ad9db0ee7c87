package cn.sgz.tenant.internal;

import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.infra.tenancy.Role;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.GrantView;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.ProjectView;
import cn.sgz.tenant.api.StationKind;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.TenantLoaders;
import cn.sgz.tenant.api.UserView;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/** The tenant module's GraphQL fields; each fetcher only translates arguments and calls a facade. */
@Singleton
class TenantSchema implements SchemaFragment {
    private final Organisation organisation;
    private final Accounts accounts;

    TenantSchema(Organisation organisation, Accounts accounts) {
        this.organisation = organisation;
        this.accounts = accounts;
    }

    @Override
    public String schemaResource() {
        return "graphql/tenant.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(TenantLoaders.BUREAU, loader(organisation::bureausByIds));
        registry.register(TenantLoaders.PROJECT, loader(organisation::projectsByIds));
        registry.register(TenantLoaders.STATION, loader(organisation::stationsByIds));
    }

    private static <V> DataLoader<UUID, V> loader(Function<Collection<UUID>, Map<UUID, V>> load) {
        return DataLoaderFactory.newMappedDataLoader(
                (Set<UUID> ids) -> CompletableFuture.completedFuture(load.apply(ids)));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Query",
                        type -> type.dataFetcher("me", env -> accounts.me().orElse(null))
                                .dataFetcher("bureaus", env -> organisation.bureaus())
                                .dataFetcher(
                                        "projects",
                                        env -> organisation.projects(
                                                Input.arguments(env).optionalId("bureauId")))
                                .dataFetcher("stations", this::stations)
                                .dataFetcher(
                                        "station",
                                        env -> organisation
                                                .station(Input.arguments(env).id("id"))
                                                .orElse(null)))
                .type(
                        "Mutation",
                        type -> type.dataFetcher("createBureau", env -> {
                                    var input = Input.of(env, "input");
                                    return input.command(() -> organisation.createBureau(
                                            new Commands.NewBureau(input.string("name"), input.string("regionCode"))));
                                })
                                .dataFetcher("createProject", this::createProject)
                                .dataFetcher("createStation", this::createStation)
                                .dataFetcher("updateStationContact", this::updateStationContact)
                                .dataFetcher("createUser", this::createUser)
                                .dataFetcher("grantRole", this::grantRole)
                                .dataFetcher("revokeRole", env -> {
                                    var grantId = Input.arguments(env).id("grantId");
                                    accounts.revokeGrant(grantId);
                                    return grantId;
                                }))
                .type(
                        "Project",
                        type -> type.dataFetcher(
                                "bureau",
                                env -> load(
                                        env,
                                        TenantLoaders.BUREAU,
                                        env.<ProjectView>getSource().bureauId())))
                .type(
                        "Station",
                        type -> type.dataFetcher(
                                "project",
                                env -> load(
                                        env,
                                        TenantLoaders.PROJECT,
                                        env.<StationView>getSource().projectId())))
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
                                        env -> load(
                                                env,
                                                TenantLoaders.BUREAU,
                                                env.<GrantView>getSource().bureauId()))
                                .dataFetcher(
                                        "project",
                                        env -> load(
                                                env,
                                                TenantLoaders.PROJECT,
                                                env.<GrantView>getSource().projectId()))
                                .dataFetcher(
                                        "station",
                                        env -> load(
                                                env,
                                                TenantLoaders.STATION,
                                                env.<GrantView>getSource().stationId())));
    }

    private static CompletableFuture<Object> load(DataFetchingEnvironment env, String loader, UUID id) {
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        return env.<UUID, Object>getDataLoader(loader).load(id);
    }

    private Object stations(DataFetchingEnvironment env) {
        var arguments = Input.arguments(env);
        var page = arguments.command(() -> PageRequest.of(arguments.integer("first"), arguments.string("after")));
        return organisation.stations(arguments.optionalId("projectId"), page);
    }

    private Object createProject(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var bureauId = input.id("bureauId");
        return input.command(() -> organisation.createProject(new Commands.NewProject(
                bureauId, input.string("name"), input.string("agencyName"), input.integer("year"))));
    }

    private Object createStation(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var projectId = input.id("projectId");
        var kind = input.enumValue("kind", StationKind.class);
        return input.command(() -> organisation.createStation(
                new Commands.NewStation(projectId, input.string("name"), kind, input.string("regionCode"))));
    }

    private Object updateStationContact(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var stationId = input.id("stationId");
        return input.command(() -> organisation.updateStationContact(
                new Commands.StationContact(stationId, input.string("address"), input.string("contactPhone"))));
    }

    private Object createUser(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        return input.command(() -> accounts.createUser(
                new Commands.NewUser(input.string("username"), input.string("displayName"), input.string("password"))));
    }

    private Object grantRole(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var role = input.enumValue("role", Role.class);
        var bureauId = input.optionalId("bureauId");
        var projectId = input.optionalId("projectId");
        var stationId = input.optionalId("stationId");
        return input.command(
                () -> accounts.grant(new Commands.NewGrant(input.id("userId"), role, bureauId, projectId, stationId)));
    }
}
