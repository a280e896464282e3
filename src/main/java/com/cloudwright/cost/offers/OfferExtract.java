package com.cloudwright.cost.offers;

import com.cloudwright.cost.Product;

import java.util.List;

/**
 * What one pass over an offer file kept: its identity and the selected products with their
 * on-demand prices.
 *
 * @param productsSeen every product in the file, kept or not
 */
record OfferExtract(String offerCode, String version, String publicationDate, List<Product> products,
                    long productsSeen) {

    OfferExtract {
        products = List.copyOf(products);
    }
}
