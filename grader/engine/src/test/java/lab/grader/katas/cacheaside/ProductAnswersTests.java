package lab.grader.katas.cacheaside;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import lab.grader.katas.cacheaside.CacheAsideData.Product;
import lab.grader.kit.HttpAnswers;
import org.junit.jupiter.api.Test;

class ProductAnswersTests {

    private static final Product CUP = new Product(42, "SKU-000042", "Espresso cup", new BigDecimal("12.50"), 7);

    @Test
    void an_answer_equal_to_the_row_has_no_difference_whatever_the_scale_of_the_price() {
        assertThat(ProductAnswers.difference(
                        HttpAnswers.readOrMissing(
                                "{\"id\":42,\"sku\":\"SKU-000042\",\"name\":\"Espresso cup\",\"price\":12.5,\"stock\":7}"),
                        CUP))
                .as("difference of an equal answer")
                .isEmpty();
    }

    @Test
    void the_first_field_that_differs_is_named_with_both_values() {
        assertThat(ProductAnswers.difference(
                        HttpAnswers.readOrMissing(
                                "{\"id\":42,\"sku\":\"SKU-000042\",\"name\":\"Espresso cup\",\"price\":\"12.50\",\"stock\":7}"),
                        CUP))
                .as("difference of a price sent as a string")
                .contains("price is \"12.50\", expected 12.50");
        assertThat(ProductAnswers.difference(
                        HttpAnswers.readOrMissing("{\"id\":42,\"sku\":\"SKU-000042\",\"name\":\"Old\"}"), CUP))
                .as("difference of a stale name")
                .contains("name is \"Old\", expected \"Espresso cup\"");
    }

    @Test
    void renamed_changes_name_price_and_stock_and_keeps_id_and_sku() {
        Product renamed = ProductAnswers.renamed(CUP, -1234);
        assertThat(renamed)
                .as("the update the grader sends for seed -1234")
                .isEqualTo(new Product(42, "SKU-000042", "Espresso cup (renamed 766)", new BigDecimal("13.75"), 14));
        assertThat(ProductAnswers.body(renamed))
                .as("its JSON body")
                .isEqualTo("{\"name\":\"Espresso cup (renamed 766)\",\"price\":13.75,\"stock\":14}");
    }
}
