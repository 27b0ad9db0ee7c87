package cn.sgz.tenant.internal.organisation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** The root entity the organisation repository is declared over; reads return the api's views. */
@MappedEntity("station")
record StationRow(@Id UUID id, UUID projectId, String name, String kind, String regionCode) {}
