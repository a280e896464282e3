package com.cloudwright.palette;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped palette speaks Korean everywhere it shows text. The rules: every entry has a Korean
 * description and a Korean search alias; containers, groups, external actors and every entry whose
 * English label is not an AWS brand ("Amazon …", "AWS …" or one of {@link #BRANDS}) have a Korean
 * label; every property label, description and worded unit is translated; every category has a
 * Korean name; pricing's line descriptions, units and free reasons are translated.
 */
class PaletteKoreanDataTest {

    private static final Palette PALETTE = Palette.bundled();
    private static final Locale KO = Locale.KOREAN;

    /** Labels AWS brands without "Amazon" or "AWS" in front, which Korean pages keep as they are. */
    private static final Set<String> BRANDS = Set.of("Application Load Balancer", "Network Load Balancer",
            "Classic Load Balancer", "Elastic Fabric Adapter");
    /** Property labels that are brands or codes, the same in Korean. */
    private static final Set<String> SAME_LABELS = Set.of("IPv4 CIDR", "BGP ASN", "Elastic Fabric Adapter",
            "Shield Advanced", "EFS One Zone", "Fargate Spot");
    /** Units written as symbols or AWS abbreviations, the same in Korean; any other unit is translated. */
    private static final Set<String> SYMBOL_UNITS = Set.of("GB", "MB", "%", "ms", "RCU", "WCU", "MB/s", "MB/s/TiB",
            "Mbit/s", "LCU", "NLCU", "ACU");

    static Stream<PaletteEntry> entries() {
        return PALETTE.entries().stream();
    }

    private static boolean hangul(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryHasAKoreanAliasAndDescription(PaletteEntry entry) {
        assertThat(entry.aliases()).as("Korean aliases of %s", entry.id()).anyMatch(PaletteKoreanDataTest::hangul);
        assertThat(entry.texts().in(KO, "description")).as("ko.description of %s", entry.id())
                .hasValueSatisfying(d -> assertThat(hangul(d)).as(d).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryButABrandHasAKoreanLabel(PaletteEntry entry) {
        boolean brand = entry.kind() == EntryKind.SERVICE && (entry.label().startsWith("Amazon ")
                || entry.label().startsWith("AWS ") || BRANDS.contains(entry.label()));
        if (brand) {
            assertThat(entry.texts().in(KO, "label")).as("a brand keeps its name: %s", entry.id()).isEmpty();
        } else {
            assertThat(entry.texts().in(KO, "label")).as("ko.label of %s (%s)", entry.id(), entry.kind()).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyPropertyTextIsTranslated(PaletteEntry entry) {
        for (PropertySpec p : entry.properties()) {
            String at = entry.id() + "." + p.name();
            if (p.description() != null) {
                assertThat(p.texts().in(KO, "description")).as("ko.description of %s", at).isPresent();
            }
            if (!p.label().equals(p.name()) && !SAME_LABELS.contains(p.label())) {
                assertThat(p.texts().in(KO, "label")).as("ko.label of %s (\"%s\")", at, p.label()).isPresent();
            }
            if (p.unit() != null && !SYMBOL_UNITS.contains(p.unit())) {
                assertThat(p.texts().in(KO, "unit")).as("ko.unit of %s (\"%s\")", at, p.unit()).isPresent();
            }
        }
    }

    @Test
    void everyCategoryHasAKoreanName() {
        for (String category : PALETTE.categories()) {
            assertThat(PALETTE.categoryName(category, KO)).as("Korean name of %s", category)
                    .hasValueSatisfying(n -> assertThat(hangul(n)).as(n).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @SuppressWarnings("unchecked")
    void pricingTextIsTranslated(PaletteEntry entry) {
        Map<String, Object> pricing = entry.pricing();
        Localized service = Localized.of(pricing);
        for (String field : List.of("free", "note", "unpriced")) {
            if (pricing.get(field) != null) {
                assertThat(service.in(KO, field)).as("ko.%s of the pricing of %s", field, entry.id()).isPresent();
            }
        }
        for (Object o : (List<Object>) pricing.getOrDefault("dimensions", List.of())) {
            Map<String, Object> dimension = (Map<String, Object>) o;
            String at = entry.id() + "." + dimension.get("id");
            Localized texts = Localized.of(dimension);
            assertThat(texts.in(KO, "description")).as("ko.description of %s", at).isPresent();
            if (!SYMBOL_UNITS.contains((String) dimension.get("unit"))) {
                assertThat(texts.in(KO, "unit")).as("ko.unit of %s (\"%s\")", at, dimension.get("unit")).isPresent();
            }
        }
    }
}
