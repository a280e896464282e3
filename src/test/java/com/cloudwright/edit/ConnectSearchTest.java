package com.cloudwright.edit;

import com.cloudwright.model.AddNode;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.model.SetLabel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static com.cloudwright.edit.Fixtures.icon;
import static org.assertj.core.api.Assertions.assertThat;

class ConnectSearchTest {

    private final Diagram d = Fixtures.sample();

    ConnectSearchTest() {
        d.history().execute(new AddNode(icon("cf", "cloudfront", null, 1500, 300)));
        d.history().execute(new AddNode(icon("cache", "elasticache", "priv-b", 660, 460)));
        d.history().execute(new AddNode(Fixtures.node("pg", "rds", "priv-b", 800, 460, 64, 64, Props.of("engine", "postgres"))));
    }

    private List<String> ids(String from, String query) {
        return ConnectSearch.search(PALETTE, d, from, query).stream().map(c -> c.node().id()).toList();
    }

    @Test
    void findsNodesByServiceNameAndAliasNeverContainersNorTheCallerItself() {
        // both are "Amazon RDS"; web already calls db, so the database it may still connect to comes first
        assertThat(ids("web", "rds")).startsWith("pg", "db");
        assertThat(ids("web", "redis")).first().isEqualTo("cache");
        assertThat(ids("web", "")).doesNotContain("web", "r1", "vpc", "aza", "pub-a").contains("db", "asg", "s3");
    }

    @Test
    void theNodesOwnLabelRanksFirstAndAnExactNameBeatsAPrefix() {
        d.history().execute(new SetLabel("pg", "Orders"));
        d.history().execute(new SetLabel("db", "Orders archive"));
        assertThat(ids("web", "orders")).startsWith("pg", "db");
        assertThat(ConnectSearch.search(PALETTE, d, "web", "orders").get(0).title()).isEqualTo("Orders");
    }

    @Test
    void amongEqualMatchesTheAllowedTargetsComeFirst() {
        // CloudFront may call an Auto Scaling group and S3 but not a database
        List<ConnectSearch.Candidate> all = ConnectSearch.search(PALETTE, d, "cf", "");
        int firstRefused = all.stream().map(ConnectSearch.Candidate::allowed).toList().indexOf(false);
        assertThat(all.subList(0, firstRefused)).extracting(c -> c.node().id()).contains("asg", "s3");
        assertThat(all.subList(firstRefused, all.size())).allMatch(c -> !c.allowed())
                .extracting(c -> c.node().id()).contains("db", "pg");
        Node users = d.requireNode("users");
        assertThat(ConnectSearch.search(PALETTE, d, users.id(), "cloudfront").get(0).allowed()).isTrue();
    }

    @Test
    void theUndoEntryNamesBothEndsAsTheCanvasShowsThem() {
        d.history().execute(Connections.connect(PALETTE, d, "cf", "s3"));
        assertThat(d.history().undoDescription()).hasValue("Connect Amazon CloudFront to Amazon S3");
    }
}
