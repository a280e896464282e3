package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A node without a label is titled by the palette, in the current language; the user's label always wins. */
class LabelsTest {

    private static final Palette PALETTE = Palette.bundled();

    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static Node node(String id, String type, Map<String, ?> props) {
        return new Node(id, type, null, new Bounds(0, 0, 64, 64), Props.of(props));
    }

    private static String title(Node n) {
        Diagram d = new Diagram("t", "us-east-1", Map.of(), List.of(n), List.of());
        return Labels.title(d, PALETTE, n);
    }

    @Test
    void titlesInEnglishAndKorean() {
        Node pub = node("p", "subnet", Map.of("cidr", "10.0.1.0/24", "public", true));
        Node priv = node("q", "subnet", Map.of());
        Node region = node("r", "region", Map.of("region", "ap-northeast-2"));
        Node zone = node("z", "availability-zone", Map.of("zone", "a"));
        Node nat = node("n", "nat-gateway", Map.of());
        Node ec2 = node("e", "ec2", Map.of());

        Locale.setDefault(Locale.US);
        assertThat(title(pub)).isEqualTo("Public subnet  10.0.1.0/24");
        assertThat(title(priv)).isEqualTo("Private subnet");
        assertThat(title(region)).isEqualTo("Region ap-northeast-2");
        assertThat(title(nat)).isEqualTo("NAT gateway");

        Locale.setDefault(Locale.KOREAN);
        assertThat(title(pub)).isEqualTo("퍼블릭 서브넷  10.0.1.0/24");
        assertThat(title(priv)).isEqualTo("프라이빗 서브넷");
        assertThat(title(region)).isEqualTo("리전 ap-northeast-2");
        assertThat(title(zone)).isEqualTo("가용 영역 a");
        assertThat(title(nat)).isEqualTo("NAT 게이트웨이");
        assertThat(title(ec2)).isEqualTo("Amazon EC2");
        assertThat(title(pub.withLabel("Web tier"))).isEqualTo("Web tier  10.0.1.0/24");
        assertThat(title(nat.withLabel("egress"))).isEqualTo("egress");
    }
}
