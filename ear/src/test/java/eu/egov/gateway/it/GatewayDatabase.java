package eu.egov.gateway.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A direct connection to the deployed gateway's database, the one the server was started with:
 * PostgreSQL when GATEWAY_DB_URL says so, else the H2 file of the test server (opened in H2's
 * auto-server mode, so both may use it at once).
 */
final class GatewayDatabase {

    private GatewayDatabase() {
    }

    static Connection connect() throws SQLException {
        String url = System.getenv("GATEWAY_DB_URL");
        if (url != null && !url.isBlank()) {
            return DriverManager.getConnection(url, System.getenv().getOrDefault("GATEWAY_DB_USER", "postgres"),
                    System.getenv().getOrDefault("GATEWAY_DB_PASSWORD", ""));
        }
        String h2 = "jdbc:h2:file:" + System.getProperty("gateway.it.data.dir") + "/gateway/db;AUTO_SERVER=TRUE";
        return DriverManager.getConnection(h2, "sa", "sa");
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
