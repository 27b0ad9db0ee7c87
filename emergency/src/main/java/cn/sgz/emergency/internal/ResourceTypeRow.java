package cn.sgz.emergency.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

@MappedEntity("resource_type")
record ResourceTypeRow(
        @Id UUID id,
        UUID projectId,
        String name,
        String category,
        String unit,
        int minimumPerStation,
        boolean expires,
        int version) {}
