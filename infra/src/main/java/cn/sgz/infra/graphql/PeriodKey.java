package cn.sgz.infra.graphql;

import java.util.UUID;

/** A DataLoader key for a thing seen over a period: a station on a day, a station in a quarter. */
public record PeriodKey<P>(UUID id, P period) {}
