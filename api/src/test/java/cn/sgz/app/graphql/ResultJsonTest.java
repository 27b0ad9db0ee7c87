package cn.sgz.app.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the result writer writes is JSON any parser reads back to the same values. */
class ResultJsonTest {
    static final JsonMapper JSON = JsonMapper.createDefault();

    @Test
    void writesEveryKindOfValueOfAResult() throws Exception {
        var data = new LinkedHashMap<String, Object>();
        data.put("name", "南街社工站");
        data.put("count", 16);
        data.put("big", 1L << 40);
        data.put("rate", 92.5);
        data.put("target", new BigDecimal("12.50"));
        data.put("met", true);
        data.put("missing", null);
        data.put("list", List.of(1, "二", false));
        data.put("nested", Map.of("empty", List.of()));
        assertThat(written(data))
                .isEqualTo("{\"name\":\"南街社工站\",\"count\":16,\"big\":1099511627776,\"rate\":92.5,"
                        + "\"target\":12.50,\"met\":true,\"missing\":null,\"list\":[1,\"二\",false],"
                        + "\"nested\":{\"empty\":[]}}");
    }

    @Test
    void escapesWhatJsonMustEscapeAndKeepsEveryCharacter() throws Exception {
        var text = "引号\"反斜杠\\换行\n回车\r制表\t\u0001\u001f表情😀末尾";
        var bytes = ResultJson.write(Map.of("text", text), JSON);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\\\"", "\\\\", "\\n", "\\u0001", "\\u001f", "😀");
        assertThat(JSON.readValue(bytes, Argument.mapOf(String.class, String.class)))
                .containsEntry("text", text);
    }

    @Test
    void aStringOfOnlyEscapesFitsWhateverItsLength() throws Exception {
        var chars = new char[10_000];
        Arrays.fill(chars, '\u0002');
        var text = new String(chars);
        var bytes = ResultJson.write(List.of(text, text), JSON);
        assertThat(bytes).hasSize(2 * (6 * 10_000 + 2) + 3);
        assertThat(JSON.readValue(bytes, Argument.listOf(String.class))).containsExactly(text, text);
    }

    @Test
    void aLoneSurrogateIsEscapedNotBroken() throws Exception {
        var text = "a\ud800b";
        assertThat(new String(ResultJson.write(text, JSON), StandardCharsets.UTF_8))
                .isEqualTo("\"a\\ud800b\"");
    }

    @Test
    void otherValuesGoToTheGeneralMapper() throws Exception {
        assertThat(written(Map.of("short", (short) 7))).isEqualTo("{\"short\":7}");
    }

    static String written(Object value) throws Exception {
        return new String(ResultJson.write(value, JSON), StandardCharsets.UTF_8);
    }
}
