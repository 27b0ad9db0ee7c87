package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.Emergency;
import cn.sgz.emergency.api.EmergencyCommands.Adjustment;
import cn.sgz.emergency.api.EmergencyCommands.Allocation;
import cn.sgz.emergency.api.EmergencyCommands.DefineResourceType;
import cn.sgz.emergency.api.EmergencyCommands.DispatchApproval;
import cn.sgz.emergency.api.EmergencyCommands.DispatchRequest;
import cn.sgz.emergency.api.EmergencyCommands.DispatchStep;
import cn.sgz.emergency.api.EmergencyCommands.DrillCorrection;
import cn.sgz.emergency.api.EmergencyCommands.IncidentStep;
import cn.sgz.emergency.api.EmergencyCommands.Line;
import cn.sgz.emergency.api.EmergencyCommands.NewDrill;
import cn.sgz.emergency.api.EmergencyCommands.NewIncident;
import cn.sgz.emergency.api.EmergencyCommands.Receipt;
import cn.sgz.emergency.api.EmergencyCommands.Use;
import cn.sgz.emergency.api.EmergencyEnums.IncidentKind;
import cn.sgz.emergency.api.EmergencyEnums.ResourceCategory;
import cn.sgz.infra.graphql.Input;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.function.Function;

/** The emergency mutations' inputs read into commands; each field error names its full path. */
final class EmergencyInputs {
    private final Emergency emergency;

    EmergencyInputs(Emergency emergency) {
        this.emergency = emergency;
    }

    TypeRuntimeWiring.Builder wire(TypeRuntimeWiring.Builder type) {
        return type.dataFetcher(
                        "defineResourceType",
                        env -> run(
                                env,
                                input -> emergency.defineResourceType(new DefineResourceType(
                                        input.id("id"),
                                        input.id("projectId"),
                                        input.string("name"),
                                        input.enumValue("category", ResourceCategory.class),
                                        input.string("unit"),
                                        input.integer("minimumPerStation"),
                                        input.flag("expires"),
                                        input.integer("version")))))
                .dataFetcher(
                        "receiveStock",
                        env -> run(
                                env,
                                input -> emergency.receive(new Receipt(
                                        input.id("id"),
                                        input.id("stationId"),
                                        input.id("resourceTypeId"),
                                        input.integer("quantity"),
                                        input.date("expiresOn")))))
                .dataFetcher(
                        "useStock",
                        env -> run(
                                env,
                                input -> emergency.use(new Use(
                                        input.id("id"),
                                        input.id("stationId"),
                                        input.id("resourceTypeId"),
                                        input.integer("quantity"),
                                        input.optionalId("incidentId"),
                                        input.string("purpose")))))
                .dataFetcher(
                        "adjustStock",
                        env -> run(
                                env,
                                input -> emergency.adjust(new Adjustment(
                                        input.id("id"),
                                        input.id("stationId"),
                                        input.id("resourceTypeId"),
                                        input.integer("change"),
                                        input.string("reason"),
                                        input.date("expiresOn")))))
                .dataFetcher(
                        "requestDispatch",
                        env -> run(env, input -> {
                            var lines = input.objects("lines").stream()
                                    .map(line -> line.command(
                                            () -> new Line(line.id("resourceTypeId"), line.integer("quantity"))))
                                    .toList();
                            return emergency.requestDispatch(new DispatchRequest(
                                    input.id("id"),
                                    input.id("stationId"),
                                    input.string("place"),
                                    input.optionalId("incidentId"),
                                    input.string("note"),
                                    lines));
                        }))
                .dataFetcher(
                        "approveDispatch",
                        env -> run(env, input -> {
                            var allocations = input.objects("allocations").stream()
                                    .map(given -> given.command(() -> new Allocation(
                                            given.id("stationId"),
                                            given.id("resourceTypeId"),
                                            given.integer("quantity"))))
                                    .toList();
                            return emergency.approveDispatch(
                                    new DispatchApproval(input.id("id"), input.integer("version"), allocations));
                        }))
                .dataFetcher("rejectDispatch", env -> run(env, input -> emergency.rejectDispatch(step(input))))
                .dataFetcher("receiveDispatch", env -> run(env, input -> emergency.receiveDispatch(step(input))))
                .dataFetcher("cancelDispatch", env -> run(env, input -> emergency.cancelDispatch(step(input))))
                .dataFetcher(
                        "reportIncident",
                        env -> run(
                                env,
                                input -> emergency.reportIncident(new NewIncident(
                                        input.id("id"),
                                        input.id("stationId"),
                                        input.dateTime("occurredAt"),
                                        input.string("place"),
                                        input.enumValue("kind", IncidentKind.class),
                                        input.integer("peopleAffected"),
                                        input.string("summary")))))
                .dataFetcher(
                        "respondToIncident", env -> run(env, input -> emergency.respondToIncident(incidentStep(input))))
                .dataFetcher("reviewIncident", env -> run(env, input -> emergency.reviewIncident(incidentStep(input))))
                .dataFetcher(
                        "recordDrill",
                        env -> run(
                                env,
                                input -> emergency.recordDrill(new NewDrill(
                                        input.id("id"),
                                        input.id("stationId"),
                                        input.date("heldOn"),
                                        input.string("scenario"),
                                        input.integer("participants"),
                                        input.string("findings")))))
                .dataFetcher(
                        "correctDrill",
                        env -> run(
                                env,
                                input -> emergency.correctDrill(new DrillCorrection(
                                        input.id("id"),
                                        input.integer("version"),
                                        input.date("heldOn"),
                                        input.string("scenario"),
                                        input.integer("participants"),
                                        input.string("findings")))));
    }

    private static Object run(DataFetchingEnvironment env, Function<Input, Object> command) {
        var input = Input.of(env, "input");
        return input.command(() -> command.apply(input));
    }

    private static DispatchStep step(Input input) {
        return new DispatchStep(input.id("id"), input.integer("version"), input.string("reason"));
    }

    private static IncidentStep incidentStep(Input input) {
        return new IncidentStep(input.id("id"), input.integer("version"), input.string("text"));
    }
}
