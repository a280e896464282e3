package com.cloudwright.model.net;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.validate.Fixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LocatorAndLinksTest {

    private static Diagram twoRegions() {
        return Fixture.noRegion()
                .node("virginia", "region", null, "region", "us-east-1")
                .node("seoul", "region", null, "region", "ap-northeast-2")
                .node("vpc", "vpc", "seoul", "cidr", "10.0.0.0/16")
                .node("aza", "availability-zone", "vpc", "zone", "a")
                .node("app", "subnet", "aza", "cidr", "10.0.1.0/24")
                .node("web-a", "ec2", "app")
                .node("web-b", "ec2", "app")
                .node("bucket", "s3", "virginia")
                .node("loose", "sqs", null)
                .node("asg", "auto-scaling-group", null, "members", List.of("web-b", "web-a"))
                .edge("asg", "bucket")
                .edge("web-a", "web-a")
                .build();
    }

    @Test
    void aNodeIsWhereItsContainersAre() {
        Diagram d = twoRegions();
        Locator at = new Locator(d);
        Location web = at.of(d.requireNode("web-a"));
        assertThat(web.region().id()).isEqualTo("seoul");
        assertThat(web.vpc().id()).isEqualTo("vpc");
        assertThat(web.az().id()).isEqualTo("aza");
        assertThat(web.subnet().id()).isEqualTo("app");
        assertThat(at.of(d.requireNode("vpc"))).isEqualTo(new Location(d.requireNode("seoul"), null, null, null));
        assertThat(at.of(d.requireNode("loose"))).isEqualTo(Location.NOWHERE);
    }

    @Test
    void theRegionFollowsRegionContainersThenTheDiagram() {
        Diagram d = twoRegions();
        Locator at = new Locator(d);
        assertThat(at.region(d.requireNode("web-a"))).isEqualTo("ap-northeast-2");
        assertThat(at.region(d.requireNode("bucket"))).isEqualTo("us-east-1");
        assertThat(at.region(d.requireNode("seoul"))).isEqualTo("ap-northeast-2");
        // a group is where its first member (by id) is
        assertThat(at.region(d.requireNode("asg"))).isEqualTo("ap-northeast-2");
        // outside every Region container: the diagram names none, so its first Region container's (by id) is taken
        assertThat(at.defaultRegion()).contains("ap-northeast-2");
        assertThat(at.region(d.requireNode("loose"))).isEqualTo("ap-northeast-2");

        Diagram plain = Fixture.noRegion().node("q", "sqs", null).build();
        assertThat(new Locator(plain).region(plain.requireNode("q"))).isEqualTo(Locator.DEFAULT_REGION);
    }

    @Test
    void linksExpandGroupsToTheirMembers() {
        Diagram d = twoRegions();
        Links all = Links.of(d);
        Node bucket = d.requireNode("bucket");
        assertThat(all.to(bucket)).extracting(l -> l.caller().id()).containsExactly("web-b", "web-a");
        assertThat(all.callers(bucket, "ec2")).extracting(Node::id).containsExactly("web-b", "web-a");
        assertThat(all.from(d.requireNode("web-a"))).extracting(l -> l.callee().id()).containsExactly("bucket", "web-a");
    }

    @Test
    void linksAmongSomeNodesAreSortedWithoutSelfCallsOrStrangers() {
        Diagram d = twoRegions();
        Links seoulOnly = Links.among(d, n -> !n.id().equals("bucket"));
        assertThat(seoulOnly.all()).isEmpty();
        Links every = Links.among(d, n -> true);
        assertThat(every.all()).extracting(l -> l.caller().id() + ">" + l.callee().id())
                .containsExactly("web-a>bucket", "web-b>bucket");
        assertThat(every.neighbours(d.requireNode("bucket"))).extracting(Node::id).containsExactly("web-a", "web-b");
    }
}
