package com.cloudwright.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @AfterEach
    void english() {
        Locale.setDefault(Locale.US);
    }

    @Test
    void readsTheCodesPeopleWrite() {
        assertThat(Language.parse("ko")).contains(Language.KOREAN);
        assertThat(Language.parse("ko-KR")).contains(Language.KOREAN);
        assertThat(Language.parse("ko_KR")).contains(Language.KOREAN);
        assertThat(Language.parse(" EN ")).contains(Language.ENGLISH);
        assertThat(Language.parse("en-GB")).contains(Language.ENGLISH);
        assertThat(Language.parse("fr")).isEmpty();
        assertThat(Language.parse("")).isEmpty();
        assertThat(Language.parse(null)).isEmpty();
        assertThat(Language.tags()).containsExactly("en", "ko");
    }

    @Test
    void anyOtherLocaleReadsEnglish() {
        assertThat(Language.of(Locale.KOREA)).isEqualTo(Language.KOREAN);
        assertThat(Language.of(Locale.FRANCE)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void usingALanguageSetsTheDefaultLocaleKeepingAMatchingCountry() {
        Locale.setDefault(Locale.UK);
        Language.ENGLISH.use();
        assertThat(Locale.getDefault()).isEqualTo(Locale.UK);
        Language.KOREAN.use();
        assertThat(Locale.getDefault()).isEqualTo(Locale.KOREA);
        assertThat(Language.current()).isEqualTo(Language.KOREAN);
        Language.ENGLISH.use();
        assertThat(Locale.getDefault()).isEqualTo(Locale.US);
    }
}
