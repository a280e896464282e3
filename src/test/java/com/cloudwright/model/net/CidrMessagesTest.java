package com.cloudwright.model.net;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Why a CIDR block is refused reaches the user through validation, so it is said in the user's language. */
class CidrMessagesTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void englishReasonsAreWholeSentencesWithTheTextQuoted() {
        Locale.setDefault(Locale.US);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.1/16")).hasMessage("'10.0.0.1/16' has host bits set (the block is 10.0.0.0/16)");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessage("'10.0.0.0/33': prefix /33 is longer than 32 bits (IPv4)");
        assertThatThrownBy(() -> Cidr.parse("10.0.0/16"))
                .hasMessage("'10.0.0/16': '10.0.0' is not an IPv4 address (four numbers 0–255 separated by dots)");
        assertThatThrownBy(() -> Cidr.parse("1::2::3/64")).hasMessage("'1::2::3/64': '1::2::3' is not an IPv6 address ('::' may appear only once)");
        assertThatThrownBy(() -> Cidr.parse("1:2:3:4:5:6:7/64"))
                .hasMessage("'1:2:3:4:5:6:7/64': '1:2:3:4:5:6:7' is not an IPv6 address (expected 8 groups of hex digits, found 7)");
        assertThatThrownBy(() -> Cidr.parse("g::/16")).hasMessage("'g::/16': 'g::' is not an IPv6 address (group 'g' is not hexadecimal)");
        assertThatThrownBy(() -> Cidr.parse(" ")).hasMessage("empty CIDR block");
    }

    @Test
    void koreanReasonsKeepTheQuotedTextAndSayWhatIsWrong() {
        Locale.setDefault(Locale.KOREAN);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.1/16")).hasMessage("'10.0.0.1/16'에 호스트 비트가 설정되어 있습니다(블록은 10.0.0.0/16입니다)");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.256/24")).hasMessage("'10.0.0.256/24': 256이(가) 255보다 큽니다");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0")).hasMessage("'10.0.0.0'에 접두사 길이가 없습니다(예: 10.0.0.0/16)");
        assertThatThrownBy(() -> Cidr.parse("g::/16")).hasMessage("'g::/16': 'g::'은(는) IPv6 주소가 아닙니다(그룹 'g'은(는) 16진수가 아닙니다)");
        assertThatThrownBy(() -> Cidr.parse("")).hasMessage("CIDR 블록이 비어 있습니다");
    }
}
