package com.cloudwright.cost;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text as one element of a Price List API answer either reads as a product or is refused with
 * an {@link IllegalArgumentException} saying what is missing, which the live source reports as a
 * line it could not price; any other exception is a finding. Seeds:
 * {@code PriceListElementFuzzTestInputs/}, the GetProducts item of EC2 m5.large in us-east-1.
 */
class PriceListElementFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readsOrRefuses(byte[] bytes) {
        try {
            Product product = PriceListParser.parse(new String(bytes, StandardCharsets.UTF_8));
            assertThat(product.attributes()).isNotNull();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
