package cn.sgz.indicators.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The catalogue table, only to give its repository an entity; entries are read as views. */
@MappedEntity("indicator")
record IndicatorRow(@Id String code, String name) {}
