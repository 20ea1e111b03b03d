package lab.objectlevelauthorization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement that touches a customer's invoice names the caller's tenant in its WHERE clause: another company's
 * invoice is not found, exactly like one that does not exist. Only the back office's methods see every tenant.
 */
@Repository
class InvoiceRepository {

    private static final String COLUMNS =
            "id, owner_id, customer_name, description, quantity, unit_price, total, status, approved_by";

    private final JdbcClient jdbc;

    InvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InvoiceView> findByTenant(long tenantId, String status) {
        return jdbc.sql("select " + COLUMNS + " from invoice where tenant_id = :tenant"
                        + " and (cast(:status as text) is null or status = :status) order by id")
                .param("tenant", tenantId)
                .param("status", status)
                .query(InvoiceView.class)
                .list();
    }

    Optional<InvoiceView> find(long id, long tenantId) {
        return jdbc.sql("select " + COLUMNS + " from invoice where id = :id and tenant_id = :tenant")
                .param("id", id)
                .param("tenant", tenantId)
                .query(InvoiceView.class)
                .optional();
    }

    long insertDraft(long tenantId, long ownerId, InvoiceRequest request) {
        return jdbc.sql("insert into invoice (tenant_id, owner_id, customer_name, description, quantity, unit_price,"
                        + " total, status) values (:tenant, :owner, :customer, :description, :quantity, :price,"
                        + " :total, 'DRAFT') returning id")
                .param("tenant", tenantId)
                .param("owner", ownerId)
                .param("customer", request.customerName())
                .param("description", request.description())
                .param("quantity", request.quantity())
                .param("price", request.unitPrice())
                .param("total", request.total())
                .query(Long.class)
                .single();
    }

    /** Change a draft of the tenant's; 0 when there is none with that id. */
    int updateDraft(long id, long tenantId, InvoiceRequest request) {
        return jdbc.sql("update invoice set customer_name = :customer, description = :description,"
                        + " quantity = :quantity, unit_price = :price, total = :total"
                        + " where id = :id and tenant_id = :tenant and status = 'DRAFT'")
                .param("customer", request.customerName())
                .param("description", request.description())
                .param("quantity", request.quantity())
                .param("price", request.unitPrice())
                .param("total", request.total())
                .param("id", id)
                .param("tenant", tenantId)
                .update();
    }

    /** Move an invoice of the tenant's from one status to the next; 0 when it is not in the first. */
    int transition(long id, long tenantId, String from, String to) {
        return jdbc.sql("update invoice set status = :to where id = :id and tenant_id = :tenant and status = :from")
                .param("to", to)
                .param("id", id)
                .param("tenant", tenantId)
                .param("from", from)
                .update();
    }

    int deleteDraft(long id, long tenantId) {
        return jdbc.sql("delete from invoice where id = :id and tenant_id = :tenant and status = 'DRAFT'")
                .param("id", id)
                .param("tenant", tenantId)
                .update();
    }

    List<InvoiceView> findAll() {
        return jdbc.sql("select " + COLUMNS + " from invoice order by id")
                .query(InvoiceView.class)
                .list();
    }

    Optional<InvoiceView> findAny(long id) {
        return jdbc.sql("select " + COLUMNS + " from invoice where id = :id")
                .param("id", id)
                .query(InvoiceView.class)
                .optional();
    }

    int approve(long id, long adminId) {
        return jdbc.sql("update invoice set status = 'APPROVED', approved_by = :admin"
                        + " where id = :id and status = 'SUBMITTED'")
                .param("admin", adminId)
                .param("id", id)
                .update();
    }
}
