package cn.sgz.indicators.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SQL written with {@code :name} parameters for plain JDBC, where one value appears many times
 * (a quarter's first and last day in every branch): the statement as the driver takes it, and the
 * name of each of its {@code ?} in order. A {@code ::} cast is not a parameter.
 */
record NamedSql(String sql, List<String> names) {
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-z][a-z_]*)");

    NamedSql {
        names = List.copyOf(names);
    }

    static NamedSql of(String text) {
        var names = new ArrayList<String>();
        var matcher = PARAMETER.matcher(text);
        var sql = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(sql, "?");
        }
        matcher.appendTail(sql);
        return new NamedSql(sql.toString(), names);
    }

    /** Binds every parameter by its name; a name without a value is a mistake in the caller. */
    void bind(PreparedStatement statement, Map<String, ?> values) throws SQLException {
        names.stream().filter(name -> !values.containsKey(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("no value for :" + name + " in " + sql);
        });
        for (int i = 0; i < names.size(); i++) {
            statement.setObject(i + 1, values.get(names.get(i)));
        }
    }
}
