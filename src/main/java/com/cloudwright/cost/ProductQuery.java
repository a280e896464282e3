package com.cloudwright.cost;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One GetProducts query: a service code and TERM_MATCH filters, the region included. Several
 * prices can share a query (a NAT gateway's hours and bytes are two products of one answer).
 */
record ProductQuery(String service, Map<String, String> filters) {

    ProductQuery {
        filters = Collections.unmodifiableMap(new TreeMap<>(filters));
    }

    static ProductQuery of(PriceRequest request) {
        Map<String, String> filters = new TreeMap<>(request.key().filters());
        if (!request.key().global()) {
            filters.put(request.key().regionField(), request.region());
        }
        return new ProductQuery(request.key().service(), filters);
    }

    String canonical() {
        StringBuilder sb = new StringBuilder(service);
        filters.forEach((k, v) -> sb.append('|').append(k).append('=').append(v));
        return sb.toString();
    }
}
