package cn.sgz.infra.tenancy;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Installs {@link ScopedDataSource} around every pool as it is created, before Micronaut's
 * transaction-aware proxy wraps it, so repositories, transactions and plain JDBC all pass through.
 */
@Singleton
final class ScopedDataSourceInstaller implements BeanCreatedEventListener<DataSource>, Ordered {

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        var dataSource = event.getBean();
        return dataSource instanceof ScopedDataSource ? dataSource : new ScopedDataSource(dataSource);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
