package cn.sgz.tenant.internal.organisation;

import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.Loaders;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.infra.graphql.Selections;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.ProjectView;
import cn.sgz.tenant.api.StationKind;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.TenantLoaders;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import org.dataloader.DataLoaderRegistry;

/** Bureaus, projects and stations in GraphQL; each fetcher only translates arguments and calls the facade. */
@Singleton
class OrganisationSchema implements SchemaFragment {
    private final Organisation organisation;

    OrganisationSchema(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public String schemaResource() {
        return "graphql/organisation.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        Loaders.byId(registry, TenantLoaders.BUREAU, organisation::bureausByIds);
        Loaders.byId(registry, TenantLoaders.PROJECT, organisation::projectsByIds);
        Loaders.byId(registry, TenantLoaders.STATION, organisation::stationsByIds);
        Loaders.byId(registry, TenantLoaders.STATION_NAME, organisation::stationNames);
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Query",
                        type -> type.dataFetcher("bureaus", env -> organisation.bureaus())
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
                        type -> type.dataFetcher("createBureau", this::createBureau)
                                .dataFetcher("createProject", this::createProject)
                                .dataFetcher("createStation", this::createStation)
                                .dataFetcher("updateStationContact", this::updateStationContact))
                .type(
                        "Project",
                        type -> type.dataFetcher(
                                "bureau",
                                env -> Loaders.load(
                                        env,
                                        TenantLoaders.BUREAU,
                                        env.<ProjectView>getSource().bureauId())))
                .type(
                        "Station",
                        type -> type.dataFetcher(
                                "project",
                                env -> Loaders.load(
                                        env,
                                        TenantLoaders.PROJECT,
                                        env.<StationView>getSource().projectId())));
    }

    private Object stations(DataFetchingEnvironment env) {
        var arguments = Input.arguments(env);
        var page = arguments.command(() -> PageRequest.of(arguments.integer("first"), arguments.string("after")));
        if (!Selections.asks(env, "edges", "node", "project")) {
            return organisation.stations(arguments.optionalId("projectId"), page);
        }
        // the page shows each station's project: read them with it, and let Station.project find them loaded
        var read = organisation.stationsWithProjects(arguments.optionalId("projectId"), page);
        Loaders.prime(env, TenantLoaders.PROJECT, read.projects());
        return read.stations();
    }

    private Object createBureau(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        return input.command(() ->
                organisation.createBureau(new Commands.NewBureau(input.string("name"), input.string("regionCode"))));
    }

    private Object createProject(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        return input.command(() -> organisation.createProject(new Commands.NewProject(
                input.id("bureauId"), input.string("name"), input.string("agencyName"), input.integer("year"))));
    }

    private Object createStation(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        return input.command(() -> organisation.createStation(new Commands.NewStation(
                input.id("projectId"),
                input.string("name"),
                input.enumValue("kind", StationKind.class),
                input.string("regionCode"))));
    }

    private Object updateStationContact(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        return input.command(() -> organisation.updateStationContact(new Commands.StationContact(
                input.id("stationId"), input.string("address"), input.string("contactPhone"))));
    }
}
