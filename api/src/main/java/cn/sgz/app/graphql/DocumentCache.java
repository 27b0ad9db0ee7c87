package cn.sgz.app.graphql;

import cn.sgz.infra.error.ErrorCode;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents by query text: clients send the same few queries over and over,
 * and parsing plus validation is a large share of a small request's cost. Bounded by the number of
 * documents and by the characters of query text it holds, least recently used out first, so unique
 * or huge queries cannot grow it; a query longer than the limit is refused before it is parsed.
 */
final class DocumentCache implements PreparsedDocumentProvider {
    private final int maxQueryLength;
    private final long maxCharacters;
    private final Map<String, PreparsedDocumentEntry> entries;
    private long characters;

    DocumentCache(int capacity, long maxCharacters, int maxQueryLength) {
        this.maxQueryLength = maxQueryLength;
        this.maxCharacters = maxCharacters;
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                if (size() > capacity || characters > DocumentCache.this.maxCharacters) {
                    characters -= eldest.getKey().length();
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        var query = input.getQuery();
        if (query.length() > maxQueryLength) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                    .message("查询过长：最多 " + maxQueryLength + " 个字符")
                    .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name()))
                    .build()));
        }
        synchronized (entries) {
            var cached = entries.get(query);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        var entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            synchronized (entries) {
                if (entries.put(query, entry) == null) {
                    characters += query.length();
                }
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
