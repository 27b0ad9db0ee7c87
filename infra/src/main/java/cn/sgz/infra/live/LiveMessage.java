package cn.sgz.infra.live;

import io.micronaut.serde.annotation.Serdeable;

/** An event on the wire between nodes: the node that sent it, its topic and the event as JSON. */
@Serdeable
record LiveMessage(String node, String topic, String event) {}
