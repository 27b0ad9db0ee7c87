package cn.sgz.infra.audit;

import cn.sgz.infra.graphql.SchemaFragment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** The audit log's one field: whether every hash chain still matches its head. */
@Singleton
final class AuditSchema implements SchemaFragment {
    private final AuditLog audit;

    AuditSchema(AuditLog audit) {
        this.audit = audit;
    }

    /** What the field answers. */
    record AuditCheck(boolean intact, int chains, long events, List<UUID> brokenChains) {}

    @Override
    public String schemaResource() {
        return "graphql/audit.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                "Query",
                type -> type.dataFetcher("auditChainIntact", env -> {
                    var checks = audit.checkChains();
                    var broken = checks.stream()
                            .filter(check -> !check.intact())
                            .map(ChainCheck::chainKey)
                            .toList();
                    return new AuditCheck(
                            broken.isEmpty(),
                            checks.size(),
                            checks.stream().mapToLong(ChainCheck::events).sum(),
                            broken);
                }));
    }
}
