package com.cloudwright.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleTest {

    private static final String NAME = "com.cloudwright.i18n.sample";
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void apostrophesAreWrittenTwiceWithOrWithoutArguments() {
        Locale.setDefault(Locale.ENGLISH);
        Bundle text = Bundle.named(NAME);
        assertThat(text.get("plain")).isEqualTo("The VPC's subnets");
        assertThat(text.get("count", 1, "vpc-a")).isEqualTo("one subnet in vpc-a");
        assertThat(text.get("count", 1200, "vpc-a")).isEqualTo("1,200 subnets in vpc-a");
    }

    @Test
    void numbersFollowTheLocaleUnlessTheBundleAsksForRootNumbers() {
        Locale.setDefault(Locale.GERMANY);
        assertThat(Bundle.named(NAME).get("number", 1234.5)).isEqualTo("Total 1.234,5");
        assertThat(Bundle.withRootNumbers(NAME).get("number", 1234.5)).isEqualTo("Total 1,234.5");
    }

    @Test
    void theLanguageIsLookedUpEachTime() {
        Bundle text = Bundle.named(NAME);
        Locale.setDefault(Locale.ENGLISH);
        assertThat(text.get("plain")).isEqualTo("The VPC's subnets");
        Locale.setDefault(Locale.GERMAN);
        assertThat(text.get("plain")).isEqualTo("Die Subnetze der VPC");
        // a key the German file lacks falls back to the base bundle
        assertThat(text.get("number", 3)).isEqualTo("Total 3");
    }

    @Test
    void englishIsTheBaseFileWhateverTheDefaultLocale() {
        Bundle text = Bundle.named(NAME);
        Locale.setDefault(Locale.GERMANY);
        assertThat(text.english("plain")).isEqualTo("The VPC's subnets");
        assertThat(text.english("count", 1200, "vpc-a")).isEqualTo("1,200 subnets in vpc-a");
        assertThat(text.get("plain")).isEqualTo("Die Subnetze der VPC");
        assertThatThrownBy(() -> text.english("nope")).hasMessageContaining("nope");
    }

    @Test
    void aMissingKeyNamesTheKeyAndTheBundle() {
        Bundle text = Bundle.named(NAME);
        assertThat(text.has("nope")).isFalse();
        assertThat(text.optional("nope")).isEmpty();
        assertThat(text.optional("plain")).isPresent();
        assertThatThrownBy(() -> text.get("nope")).hasMessageContaining("nope").hasMessageContaining(NAME);
    }
}
