package com.cloudwright.cost.offers;

import com.cloudwright.cost.Product;

import java.util.List;
import java.util.Set;

/**
 * The prices extracted from one offer file (a service in a Region, or a global service's whole
 * file under the region {@code "global"}), as kept on disk.
 *
 * @param url             the file the products were read from
 * @param stamp           what says whether AWS published a newer file: a Region's versioned URL, or
 *                        for a global service its region index's publication date
 * @param version         the offer's version (changes with every publication)
 * @param publicationDate when AWS published that version (ISO-8601)
 * @param fetchedAt       when it was downloaded
 * @param keys            the canonical price keys the products were selected for: a key outside this
 *                        set was not looked for, so its absence from {@code products} means nothing
 */
public record CachedOffer(String service, String region, String url, String stamp, String version,
                          String publicationDate, String fetchedAt, long productsSeen, Set<String> keys, List<Product> products) {

    public CachedOffer {
        keys = Set.copyOf(keys);
        products = List.copyOf(products);
    }

    /** The publication day ({@code 2024-01-19}), or the whole text when it is not a date-time. */
    public String publicationDay() {
        return publicationDate != null && publicationDate.length() >= 10 ? publicationDate.substring(0, 10)
                : String.valueOf(publicationDate);
    }
}
