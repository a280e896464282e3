package com.cloudwright.cost.offers;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.Product;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming reader on the recorded Seoul EC2 excerpt and on documents that are not offer files. */
class OfferFileReaderTest {

    static final String SEOUL_EC2 = "/offers/v1.0/aws/AmazonEC2/20260925190432/ap-northeast-2/index.json";

    private final OfferFileReader reader = new OfferFileReader(new ObjectMapper());

    static PriceKey t3MediumLinux() {
        return new PriceKey("AmazonEC2", Map.of("instanceType", "t3.medium", "operatingSystem", "Linux", "tenancy", "Shared",
                "preInstalledSw", "NA", "capacitystatus", "Used", "licenseModel", "No License required"),
                Map.of("operation", "RunInstances"), null, false);
    }

    static PriceKey natHours() {
        return new PriceKey("AmazonEC2", Map.of("productFamily", "NAT Gateway"),
                Map.of("usagetype", "*NatGateway-Hours", "operation", "NatGateway"), null, false);
    }

    private OfferExtract read(byte[] bytes, PriceKey... keys) throws IOException {
        return reader.read(new ByteArrayInputStream(bytes), new ProductSelector("ap-northeast-2", List.of(keys)), n -> { },
                Cancellation.none());
    }

    @Test
    void keepsOnlyTheProductsAKeyAcceptsWithTheirOnDemandPrice() throws IOException {
        OfferExtract x = read(OfferServer.recorded(SEOUL_EC2), t3MediumLinux(), natHours());

        assertThat(x.offerCode()).isEqualTo("AmazonEC2");
        assertThat(x.version()).isEqualTo("20260925190432");
        assertThat(x.publicationDate()).isEqualTo("2026-09-25T19:04:32Z");
        assertThat(x.productsSeen()).isEqualTo(9);
        assertThat(x.products()).extracting(Product::sku).containsExactly("4SBQH6CZ7Y2MYBQN", "P6HEWBN5JR7DZ3JV");
        Product t3 = x.products().get(0);
        assertThat(t3.onDemand().firstRate()).isEqualByComparingTo("0.052");
        assertThat(t3.onDemand().apiUnit()).isEqualTo("Hrs");
        assertThat(t3.attributes()).containsEntry("productFamily", "Compute Instance").containsEntry("regionCode", "ap-northeast-2");
        assertThat(x.products().get(1).onDemand().firstRate()).as("not the regional NAT gateway").isEqualByComparingTo("0.059");
    }

    @Test
    void readsPastReservedTermsOfKeptProducts() throws IOException {
        // The kept t3.medium has a Reserved term at $0.033; the on-demand price is what is kept.
        OfferExtract x = read(OfferServer.recorded(SEOUL_EC2), t3MediumLinux());
        assertThat(x.products()).singleElement().satisfies(p -> assertThat(p.onDemand().tiers()).singleElement()
                .satisfies(t -> assertThat(t.usd()).isEqualByComparingTo("0.052")));
    }

    @Test
    void refusesTermsBeforeProductsRatherThanBufferingThem() {
        String json = "{\"offerCode\":\"AmazonEC2\",\"terms\":{\"OnDemand\":{}},\"products\":{}}";
        assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8), natHours()))
                .isInstanceOf(OfferFileReader.NotAnOfferFile.class).hasMessageContaining("\"terms\" come before \"products\"");
    }

    @Test
    void refusesADocumentThatIsNoOfferFile() {
        assertThatThrownBy(() -> read("{\"regions\":{}}".getBytes(StandardCharsets.UTF_8), natHours()))
                .isInstanceOf(OfferFileReader.NotAnOfferFile.class).hasMessage("no \"offerCode\"");
        assertThatThrownBy(() -> read("[1,2]".getBytes(StandardCharsets.UTF_8), natHours()))
                .isInstanceOf(OfferFileReader.NotAnOfferFile.class).hasMessage("not a JSON object");
    }

    @Test
    void tellsTheProductCountAsItGoesAndStopsWhenCancelled() {
        byte[] big = SyntheticOfferFile.bytes(5 * OfferFileReader.TICK);
        List<Long> ticks = new ArrayList<>();
        Cancellation cancel = new Cancellation();
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(big), new ProductSelector("ap-northeast-2",
                List.of(natHours())), n -> {
                    ticks.add(n);
                    if (n >= 2L * OfferFileReader.TICK) {
                        cancel.cancel();
                    }
                }, cancel)).isInstanceOf(CancellationException.class);
        assertThat(ticks).containsExactly((long) OfferFileReader.TICK, 2L * OfferFileReader.TICK);
    }
}
