package cn.sgz.app.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents by query text: clients send the same few queries over and over,
 * and parsing plus validation is a large share of a small request's cost. Bounded, least recently
 * used out first, so unique queries cannot grow it.
 */
final class DocumentCache implements PreparsedDocumentProvider {
    private final Map<String, PreparsedDocumentEntry> entries;

    DocumentCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        var query = input.getQuery();
        synchronized (entries) {
            var cached = entries.get(query);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        var entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            synchronized (entries) {
                entries.put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
