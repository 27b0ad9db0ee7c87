package cn.sgz.tenant.internal.inbox;

import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.Loaders;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.tenant.api.Inbox;
import cn.sgz.tenant.api.Inbox.Notification;
import cn.sgz.tenant.api.TenantLoaders;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

/** The inbox's GraphQL fields: the caller's notifications, marking them read, and their live push. */
@Singleton
class InboxSchema implements SchemaFragment {
    private final Inbox inbox;

    InboxSchema(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String schemaResource() {
        return "graphql/inbox.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Query",
                        type -> type.dataFetcher("notifications", env -> {
                            var arguments = Input.arguments(env);
                            return inbox.mine(
                                    arguments.flag("unreadOnly"),
                                    PageRequest.of(arguments.integer("first"), arguments.string("after")));
                        }))
                .type(
                        "Mutation",
                        type -> type.dataFetcher(
                                "markNotificationsRead",
                                env -> inbox.markRead(Input.arguments(env).ids("ids"))))
                .type("Subscription", type -> type.dataFetcher("notificationAdded", env -> inbox.added()))
                .type(
                        "Notification",
                        type -> type.dataFetcher(
                                        "read",
                                        env -> env.<Notification>getSource().readAt() != null)
                                .dataFetcher(
                                        "station",
                                        env -> Loaders.load(
                                                env,
                                                TenantLoaders.STATION,
                                                env.<Notification>getSource().stationId())));
    }
}
