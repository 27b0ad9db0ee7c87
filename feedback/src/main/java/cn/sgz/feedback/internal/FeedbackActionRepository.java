package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.FeedbackViews.Action;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Items' histories. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FeedbackActionRepository extends GenericRepository<FeedbackActionRow, UUID> {

    FeedbackActionRow save(FeedbackActionRow row);

    @Query("""
            SELECT feedback_id, action, actor_id, at, note FROM feedback_action
            WHERE feedback_id IN (:itemIds) ORDER BY at, id""")
    List<Action> of(Collection<UUID> itemIds);
}
