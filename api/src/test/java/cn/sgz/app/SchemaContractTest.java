package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.RealServers;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The merged schema keeps the contract every module signs: documented errors, typed quarters. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaContractTest implements RealServers {
    static final Pattern CODES =
            Pattern.compile("UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|BAD_USER_INPUT|CONFLICT|RATE_LIMITED");

    @Inject
    GraphQLSchema schema;

    @Test
    void everyMutationSaysHowItFails() {
        var undocumented = schema.getMutationType().getFieldDefinitions().stream()
                .filter(field -> field.getDescription() == null
                        || !field.getDescription().contains("错误：")
                        || !CODES.matcher(field.getDescription()).find())
                .map(GraphQLFieldDefinition::getName)
                .toList();
        assertThat(schema.getMutationType().getFieldDefinitions()).hasSizeGreaterThan(10);
        assertThat(undocumented)
                .as("mutations whose description names no error code")
                .isEmpty();
    }

    @Test
    void quartersAreTheQuarterScalarEverywhere() {
        var stringQuarters = schema.getAllTypesAsList().stream()
                .filter(type -> type instanceof graphql.schema.GraphQLObjectType)
                .map(type -> (graphql.schema.GraphQLObjectType) type)
                .filter(type -> !type.getName().startsWith("__"))
                .flatMap(type -> type.getFieldDefinitions().stream()
                        .flatMap(field -> quarterArguments(type.getName(), field).stream()))
                .toList();
        assertThat(stringQuarters).isEmpty();
    }

    private static List<String> quarterArguments(String type, GraphQLFieldDefinition field) {
        return field.getArguments().stream()
                .filter(argument -> argument.getName().equals("quarter"))
                .filter(argument -> !graphql.schema.GraphQLTypeUtil.unwrapAll(argument.getType())
                        .getName()
                        .equals("Quarter"))
                .map(argument -> type + "." + field.getName() + "(quarter)")
                .toList();
    }
}
