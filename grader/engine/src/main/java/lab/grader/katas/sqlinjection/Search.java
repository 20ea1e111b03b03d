package lab.grader.katas.sqlinjection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ordinary search, and the ids it must return, in order, from the grader's own query on the kata's database: bound
 * values, LIKE's characters escaped, so that collation and case folding are PostgreSQL's own on both sides.
 */
record Search(String q, String status, String sort, String dir, int limit) {

    private static final Map<String, String> COLUMNS = Map.of("name", "name", "id", "id");

    String path() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        if (status != null) {
            parameters.put("status", status);
        }
        parameters.put("sort", sort);
        parameters.put("dir", dir);
        parameters.put("limit", String.valueOf(limit));
        StringBuilder path = new StringBuilder("/customers/search");
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            path.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return path.toString();
    }

    /** The request as a person would type it, for feedback. */
    String describe() {
        return "GET /customers/search?q=" + q + (status == null ? "" : "&status=" + status) + "&sort=" + sort + "&dir="
                + dir + "&limit=" + limit;
    }

    List<Long> expectedIds(Connection connection) throws SQLException {
        String sql = "select id from customer where name ilike ? escape '\\'"
                + (status == null ? "" : " and status = ?")
                + " order by " + COLUMNS.get(sort) + ("desc".equals(dir) ? " desc" : " asc") + ", id limit ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            statement.setString(
                    index++, "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            if (status != null) {
                statement.setString(index++, status);
            }
            statement.setInt(index, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
