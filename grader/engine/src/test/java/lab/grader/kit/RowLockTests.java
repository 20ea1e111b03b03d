package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowLockTests {

    @Test
    void a_row_is_locked_by_its_id_with_select_for_update() {
        assertThat(RowLock.lockStatement("product"))
                .as("lock statement for table product")
                .isEqualTo("select 1 from product where id = ? for update");
        assertThat(RowLock.lockStatement("shop.product"))
                .as("lock statement for a table in a schema")
                .isEqualTo("select 1 from shop.product where id = ? for update");
    }

    @Test
    void anything_but_a_plain_table_name_is_refused() {
        assertThatThrownBy(() -> RowLock.lockStatement("product; drop table product"))
                .as("a table name with SQL in it")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
