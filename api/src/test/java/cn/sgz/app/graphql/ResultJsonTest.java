package cn.sgz.app.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.ByteBufUtil;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        var bytes = bytes(Map.of("text", text));
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
        var bytes = bytes(List.of(text, text));
        assertThat(bytes).hasSize(2 * (6 * 10_000 + 2) + 3);
        assertThat(JSON.readValue(bytes, Argument.listOf(String.class))).containsExactly(text, text);
    }

    @Test
    void aLoneSurrogateIsEscapedNotBroken() throws Exception {
        var text = "a\ud800b";
        assertThat(written(text)).isEqualTo("\"a\\ud800b\"");
    }

    @Test
    void otherValuesGoToTheGeneralMapper() throws Exception {
        assertThat(written(Map.of("short", (short) 7))).isEqualTo("{\"short\":7}");
    }

    @Test
    void aReturnLargerThanAChunkIsWrittenWholeAcrossChunkBoundaries() throws Exception {
        // keys, strings and numbers of every length land on every offset of the 64 KB chunks
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(ResultMaps.FACTORY.createInsertionOrdered(
                    List.of("code" + i % 5000, "名称", "value"),
                    List.of("站".repeat(i % 13), "x".repeat(i % 5), i * 0.5)));
        }
        var big = "长".repeat(100_000);
        var bytes = bytes(Map.of("rows", rows, "big", big));
        assertThat(bytes.length).isGreaterThan(10 * 64 * 1024);
        var read = JSON.readValue(bytes, Argument.mapOf(String.class, Object.class));
        assertThat(read.get("big")).isEqualTo(big);
        assertThat(read.get("rows"))
                .isEqualTo(JSON.readValue(JSON.writeValueAsBytes(rows), Argument.listOf(Object.class)));
    }

    @Test
    void aResultObjectKeepsItsOrderAndAnswersLookups() throws Exception {
        var map = ResultMaps.FACTORY.createInsertionOrdered(List.of("b", "a", "c"), Arrays.asList(2, null, 3));
        assertThat(map.keySet()).containsExactly("b", "a", "c");
        assertThat(map)
                .containsEntry("b", 2)
                .containsEntry("a", null)
                .containsKey("a")
                .doesNotContainKey("d");
        assertThat(map.get("c")).isEqualTo(3);
        assertThat(map.get("d")).isNull();
        assertThat(map).isEqualTo(new LinkedHashMap<>(map));
        assertThat(written(map)).isEqualTo("{\"b\":2,\"a\":null,\"c\":3}");
        assertThatThrownBy(() -> map.put("d", 4)).isInstanceOf(UnsupportedOperationException.class);
    }

    static String written(Object value) throws Exception {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object value) throws Exception {
        return ByteBufUtil.getBytes(ResultJson.write(value, JSON));
    }
}
