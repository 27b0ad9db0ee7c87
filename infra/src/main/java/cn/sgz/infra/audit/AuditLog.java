package cn.sgz.infra.audit;

/** Appends to the hash-chained audit log within the caller's transaction. */
public interface AuditLog {

    /** Records the entry as done by the current caller; it commits or rolls back with the change. */
    void record(AuditEntry entry);

    /** Every chain checked against its head (platform admins; FORBIDDEN otherwise). */
    java.util.List<ChainCheck> checkChains();
}
