package com.cloudwright.cost.offers;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.PriceKey;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes served as a Price List offer file (a proxy's error page, a cut download, a changed
 * format) are either read, keeping only the products asked for, or refused as not an offer file or
 * as unreadable JSON, which the refresh reports with the file's URL; any other exception is a
 * finding. Seeds: {@code OfferFileFuzzTestInputs/}, recorded EC2 and ELB excerpts.
 */
class OfferFileFuzzTest {

    private static final OfferFileReader READER = new OfferFileReader(new ObjectMapper());
    private static final ProductSelector SELECTOR = new ProductSelector("us-east-1", List.of(
            new PriceKey("AmazonEC2", Map.of("instanceType", "m5.large", "operatingSystem", "Linux"), Map.of(), null, false),
            new PriceKey("AWSELB", Map.of("productFamily", "Load Balancer-Application"), Map.of("usagetype", "*LoadBalancerUsage"),
                    null, false)));

    @FuzzTest(maxDuration = "10s")
    void readsOrRefuses(byte[] bytes) {
        try {
            OfferExtract extract = READER.read(new ByteArrayInputStream(bytes), SELECTOR, seen -> { }, Cancellation.none());
            assertThat(extract.offerCode()).isNotNull();
            assertThat(extract.products()).allSatisfy(p -> assertThat(SELECTOR.wants(p.attributes())).isTrue());
        } catch (OfferFileReader.NotAnOfferFile e) {
            assertThat(e.getMessage()).isNotBlank();
        } catch (IOException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
