package com.cloudwright.model.net;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Fn::Cidr} as the CloudFormation documentation gives it. */
class CidrSplitTest {

    private static List<String> split(String block, int count, int bits) {
        return CidrSplit.split(block, count, bits).orElseThrow().stream().map(Cidr::toString).toList();
    }

    @Test
    void theDocumentedExampleGivesSixSlash27s() {
        assertThat(split("192.168.0.0/24", 6, 5)).containsExactly("192.168.0.0/27", "192.168.0.32/27",
                "192.168.0.64/27", "192.168.0.96/27", "192.168.0.128/27", "192.168.0.160/27");
    }

    @Test
    void eightHostBitsOfASlash16AreSlash24s() {
        assertThat(split("10.0.0.0/16", 3, 8)).containsExactly("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24");
    }

    @Test
    void ipv6BlocksSplitToo() {
        assertThat(split("2001:db8::/56", 2, 64)).containsExactly("2001:db8::/64", "2001:db8:0:1::/64");
    }

    @Test
    void blocksThatDoNotFitOrBadCountsHaveNoAnswer() {
        assertThat(CidrSplit.split("10.0.0.0/24", 3, 7)).isEmpty();
        assertThat(CidrSplit.split("10.0.0.0/24", 1, 9)).isEmpty();
        assertThat(CidrSplit.split("10.0.0.0/16", 0, 8)).isEmpty();
        assertThat(CidrSplit.split("10.0.0.0/16", 257, 4)).isEmpty();
        assertThat(CidrSplit.split("not a block", 1, 8)).isEmpty();
    }
}
