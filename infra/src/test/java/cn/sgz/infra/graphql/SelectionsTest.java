package cn.sgz.infra.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A page's fetcher learns whether the query shows each station's project, however it is written. */
class SelectionsTest {

    @Test
    void aFieldAskedForDirectlyThroughAnAliasOrAFragmentIsFound() {
        assertThat(asksProject("{ stations { edges { node { id project { name } } } } }"))
                .isTrue();
        assertThat(asksProject("{ stations { edges { node { p: project { name } } } } }"))
                .isTrue();
        assertThat(asksProject("{ stations { edges { ... on StationEdge { node { project { id } } } } } }"))
                .isTrue();
        assertThat(asksProject("""
                        { stations { edges { node { ...Shown } } } }
                        fragment Shown on Station { name ...WithProject }
                        fragment WithProject on Station { project { name } }""")).isTrue();
    }

    @Test
    void aQueryWithoutTheFieldOrWithItElsewhereIsNot() {
        assertThat(asksProject("{ stations { edges { node { id name } } } }")).isFalse();
        assertThat(asksProject("{ stations { edges { cursor } pageInfo { hasNextPage } } }"))
                .isFalse();
        // the same name at another depth is another field
        assertThat(asksProject("{ stations { edges { project } } }")).isFalse();
        assertThat(asksProject("{ stations { edges { node { id } } } } fragment Unused on Station { project { id } }"))
                .isFalse();
    }

    private static boolean asksProject(String query) {
        return Selections.asks(environment(query), "edges", "node", "project");
    }

    private static DataFetchingEnvironment environment(String query) {
        Document document = Parser.parse(query);
        var operation = document.getDefinitionsOfType(OperationDefinition.class).getFirst();
        var stations = (Field) operation.getSelectionSet().getSelections().getFirst();
        var fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, fragment -> fragment));
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(stations).build())
                .fragmentsByName(fragments)
                .build();
    }
}
