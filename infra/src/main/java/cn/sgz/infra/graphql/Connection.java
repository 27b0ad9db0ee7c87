package cn.sgz.infra.graphql;

import java.util.List;
import java.util.function.Function;

/** A Relay connection as the schema's {@code XxxConnection} types expect it. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    public record Edge<T>(T node, String cursor) {}

    public record PageInfo(boolean hasNextPage, String endCursor) {}

    /**
     * Builds a page from {@code fetched}, which holds up to {@code request.first() + 1} rows: the
     * extra row only tells that another page exists.
     */
    public static <T> Connection<T> of(List<T> fetched, PageRequest request, Function<T, String> position) {
        boolean hasNext = fetched.size() > request.first();
        var rows = hasNext ? fetched.subList(0, request.first()) : fetched;
        var edges = rows.stream()
                .map(row -> new Edge<>(row, PageRequest.cursor(position.apply(row))))
                .toList();
        var end = edges.isEmpty() ? null : edges.getLast().cursor();
        return new Connection<>(edges, new PageInfo(hasNext, end));
    }
}
