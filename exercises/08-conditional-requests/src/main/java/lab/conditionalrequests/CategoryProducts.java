package lab.conditionalrequests;

import java.util.List;

/** What GET /catalog/categories/{id}/products returns: every product of the category, by id. */
record CategoryProducts(long categoryId, String name, List<Product> products) {}
