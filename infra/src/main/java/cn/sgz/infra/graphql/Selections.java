package cn.sgz.infra.graphql;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;

/**
 * Whether the query asks for a field below the one being fetched, read from the query's own syntax
 * tree: its fields, inline fragments and named fragments. {@code env.getSelectionSet().contains}
 * answers the same but first works out the whole normalized operation and a glob matcher; on the
 * 16-station list that took 9 % of all CPU samples (bin/bench, JFR). A field under {@code @skip} or
 * {@code @include} counts as asked for: what a fetcher decides with this may cost a join too many,
 * never a wrong answer.
 */
public final class Selections {
    private Selections() {}

    /** True when the query asks for the field at {@code path} (names from the fetched field down). */
    public static boolean asks(DataFetchingEnvironment env, String... path) {
        var fragments = env.getFragmentsByName();
        for (Field field : env.getMergedField().getFields()) {
            if (asks(field.getSelectionSet(), path, 0, fragments)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asks(
            SelectionSet selections, String[] path, int depth, Map<String, FragmentDefinition> fragments) {
        if (selections == null) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            var found = switch (selection) {
                case Field field ->
                    field.getName().equals(path[depth])
                            && (depth == path.length - 1 || asks(field.getSelectionSet(), path, depth + 1, fragments));
                case InlineFragment inline -> asks(inline.getSelectionSet(), path, depth, fragments);
                case FragmentSpread spread -> {
                    var fragment = fragments.get(spread.getName());
                    yield fragment != null && asks(fragment.getSelectionSet(), path, depth, fragments);
                }
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }
}
