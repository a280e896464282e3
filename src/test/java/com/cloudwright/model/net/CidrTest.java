package com.cloudwright.model.net;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CidrTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10.0.0.0/16          | 10.0.0.0/16          | 65536                                   | 65531
            10.0.1.0/24          | 10.0.1.0/24          | 256                                     | 251
            10.0.0.0/28          | 10.0.0.0/28          | 16                                      | 11
            192.168.0.0/30       | 192.168.0.0/30       | 4                                       | 0
            10.0.0.7/32          | 10.0.0.7/32          | 1                                       | 0
            0.0.0.0/0            | 0.0.0.0/0            | 4294967296                              | 4294967291
            ' 172.16.0.0/12 '    | 172.16.0.0/12        | 1048576                                 | 1048571
            2001:db8::/56        | 2001:db8::/56        | 4722366482869645213696                  | 4722366482869645213691
            2001:DB8:0:0:0:0:0:0/64 | 2001:db8::/64     | 18446744073709551616                    | 18446744073709551611
            ::/0                 | ::/0                 | 340282366920938463463374607431768211456 | 340282366920938463463374607431768211451
            ::1/128              | ::1/128              | 1                                       | 0
            fd00:0:0:1::/64      | fd00:0:0:1::/64      | 18446744073709551616                    | 18446744073709551611
            1:0:0:2:3:4:5:0/112  | 1::2:3:4:5:0/112     | 65536                                   | 65531
            ::ffff:10.0.0.0/120  | ::ffff:a00:0/120     | 256                                     | 251
            """)
    void parsesFormatsAndCounts(String text, String canonical, String size, String usable) {
        Cidr c = Cidr.parse(text);
        assertThat(c.toString()).isEqualTo(canonical);
        assertThat(c.size()).isEqualTo(new BigInteger(size));
        assertThat(c.usableAddresses()).isEqualTo(new BigInteger(usable));
        assertThat(Cidr.parse(c.toString())).isEqualTo(c);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | empty CIDR block
            10.0.0.0           | has no prefix length
            10.0.0.0/16/2      | more than one '/'
            10.0.0/16          | is not an IPv4 address
            10.0.0.256/24      | 256 is larger than 255
            10.0.0.x/24        | 'x' is not a number 0–255
            10.0.01.0/24       | leading zero
            10.0.0.0/33        | prefix /33 is longer than 32 bits
            10.0.0.0/-1        | is not a number 0–32
            10.0.0.0/          | is not a number 0–32
            10.0.0.1/16        | has host bits set (the block is 10.0.0.0/16)
            10.0.1.0/16        | has host bits set (the block is 10.0.0.0/16)
            2001:db8::1/64     | has host bits set (the block is 2001:db8::/64)
            2001:db8::/129     | prefix /129 is longer than 128 bits
            1::2::3/64         | '::' may appear only once
            1:2:3:4:5:6:7/64   | expected 8 groups
            1:2:3:4:5:6:7:8:9/64 | expected 8 groups
            12345::/16         | must be 1–4 hex digits
            g::/16             | is not hexadecimal
            """)
    void refusesBadTextWithAClearReason(String text, String reason) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(CidrFormatException.class).hasMessageContaining(reason);
        assertThat(Cidr.tryParse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}, overlaps: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            10.0.0.0/16    | 10.0.1.0/24    | true  | true
            10.0.0.0/16    | 10.0.0.0/16    | true  | true
            10.0.1.0/24    | 10.0.0.0/16    | false | true
            10.0.0.0/16    | 10.1.0.0/24    | false | false
            10.0.0.0/24    | 10.0.1.0/24    | false | false
            10.0.0.0/23    | 10.0.1.0/24    | true  | true
            10.0.0.0/8     | 10.255.255.240/28 | true | true
            0.0.0.0/0      | 192.168.1.0/24 | true  | true
            2001:db8::/56  | 2001:db8:0:ff::/64 | true | true
            2001:db8::/56  | 2001:db8:0:100::/64 | false | false
            10.0.0.0/16    | ::/0           | false | false
            """)
    void containmentAndOverlap(String a, String b, boolean contains, boolean overlaps) {
        Cidr x = Cidr.parse(a);
        Cidr y = Cidr.parse(b);
        assertThat(x.contains(y)).isEqualTo(contains);
        assertThat(x.overlaps(y)).isEqualTo(overlaps);
        assertThat(y.overlaps(x)).isEqualTo(overlaps);
    }
}
