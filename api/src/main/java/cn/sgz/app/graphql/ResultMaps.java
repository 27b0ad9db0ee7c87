package cn.sgz.app.graphql;

import graphql.execution.ResponseMapFactory;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The objects of a GraphQL result as two arrays instead of a linked hash map each. A project's
 * return holds 45,000 objects; as linked hash maps they were a quarter of what the request allocated
 * and most of what lived through a young collection, so each collection copied them and the old
 * generation filled with them (a full collection every few requests). A result object is written
 * once, read in order by {@link ResultJson} and looked up by key only in tests, where its handful of
 * keys are scanned.
 */
final class ResultMaps implements ResponseMapFactory {
    static final ResultMaps FACTORY = new ResultMaps();

    private ResultMaps() {}

    @Override
    public Map<String, Object> createInsertionOrdered(List<String> keys, List<Object> values) {
        return new ResultMap(keys.toArray(String[]::new), values.toArray());
    }

    /** Insertion-ordered and unmodifiable; keys are unique, as GraphQL merges a selection's fields. */
    static final class ResultMap extends AbstractMap<String, Object> {
        final String[] keys;
        final Object[] values;

        ResultMap(String[] keys, Object[] values) {
            if (keys.length != values.length) {
                throw new IllegalArgumentException("keys and values differ in number");
            }
            this.keys = keys;
            this.values = values;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return index(key) >= 0;
        }

        @Override
        public Object get(Object key) {
            int i = index(key);
            return i < 0 ? null : values[i];
        }

        private int index(Object key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return keys.length;
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            var entry = new SimpleImmutableEntry<>(keys[next], values[next]);
                            next++;
                            return entry;
                        }
                    };
                }
            };
        }
    }
}
