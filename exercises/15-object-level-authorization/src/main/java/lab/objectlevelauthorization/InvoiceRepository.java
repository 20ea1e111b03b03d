package lab.objectlevelauthorization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvoiceRepository {

    private static final String COLUMNS = "id, tenant_id, owner_id, customer_name, description, quantity, unit_price,"
            + " total, status, approved_by, internal_notes";

    private final JdbcClient jdbc;

    InvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Invoice> findByTenant(long tenantId, String status) {
        return jdbc.sql("select " + COLUMNS + " from invoice where tenant_id = :tenant"
                        + " and (cast(:status as text) is null or status = :status) order by id")
                .param("tenant", tenantId)
                .param("status", status)
                .query(Invoice.class)
                .list();
    }

    List<Invoice> findAll() {
        return jdbc.sql("select " + COLUMNS + " from invoice order by id")
                .query(Invoice.class)
                .list();
    }

    Optional<Invoice> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from invoice where id = :id")
                .param("id", id)
                .query(Invoice.class)
                .optional();
    }

    long insert(Invoice invoice) {
        return jdbc.sql("insert into invoice (tenant_id, owner_id, customer_name, description, quantity, unit_price,"
                        + " total, status, approved_by, internal_notes) values (:tenantId, :ownerId, :customerName,"
                        + " :description, :quantity, :unitPrice, :total, :status, :approvedBy, :internalNotes)"
                        + " returning id")
                .paramSource(invoice)
                .query(Long.class)
                .single();
    }

    void update(Invoice invoice) {
        jdbc.sql(
                        "update invoice set tenant_id = :tenantId, owner_id = :ownerId, customer_name = :customerName,"
                                + " description = :description, quantity = :quantity, unit_price = :unitPrice, total = :total,"
                                + " status = :status, approved_by = :approvedBy, internal_notes = :internalNotes where id = :id")
                .paramSource(invoice)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from invoice where id = :id").param("id", id).update();
    }
}
