package lab.objectlevelauthorization;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Caller> callerWithToken(String token) {
        return jdbc.sql("select id, tenant_id, role from app_user where token = :token")
                .param("token", token)
                .query((row, n) -> new Caller(row.getLong("id"), row.getLong("tenant_id"), row.getString("role")))
                .optional();
    }

    UserView find(long id) {
        return jdbc.sql("select id, email, display_name, role, credit_limit from app_user where id = :id")
                .param("id", id)
                .query(UserView.class)
                .single();
    }

    void rename(long id, String displayName) {
        jdbc.sql("update app_user set display_name = :name where id = :id")
                .param("name", displayName)
                .param("id", id)
                .update();
    }
}
