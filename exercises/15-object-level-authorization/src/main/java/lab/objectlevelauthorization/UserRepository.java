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

    AppUser find(long id) {
        return jdbc.sql("select id, tenant_id, email, display_name, role, credit_limit from app_user where id = :id")
                .param("id", id)
                .query(AppUser.class)
                .single();
    }

    void update(AppUser user) {
        jdbc.sql("update app_user set display_name = :displayName, role = :role, credit_limit = :creditLimit"
                        + " where id = :id")
                .paramSource(user)
                .update();
    }
}
