package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.render.LayoutChecker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A highly available LAMP service drawn by quick add alone (each node typed with its container
 * selected, as a user does with Ctrl+K) and connected by the default connection: the picture
 * needs no repair, the layout checker finds nothing.
 */
class QuickAddLayoutTest {

    private final Diagram d = new Diagram("lamp", "us-east-1");
    private static final Bounds VIEW = new Bounds(0, 0, 1600, 1000);

    private String add(String type, String selected) {
        return add(type, selected, Map.of(), null);
    }

    private String add(String type, String selected, Map<String, Object> preset, String label) {
        PaletteEntry entry = PALETTE.require(type);
        QuickAdd add = new QuickAdd(PALETTE, entry, selected, VIEW, preset).labelled(label);
        d.history().execute(add);
        return add.addedId();
    }

    private void connect(String from, String to) {
        d.history().execute(Connections.connect(PALETTE, d, from, to));
    }

    /** The LAMP service of the interview trial: 21 nodes, an Auto Scaling group around the web servers, 8 connections. */
    static Diagram lamp() {
        QuickAddLayoutTest t = new QuickAddLayoutTest();
        t.draw();
        return t.d;
    }

    private void draw() {
        Map<String, Object> publicSubnet = PALETTE.require("subnet").presetFor("public subnet");
        String region = add("region", null);
        String vpc = add("vpc", region);
        String[] azs = {add("availability-zone", vpc), add("availability-zone", vpc)};
        String[] pub = new String[2];
        String[] priv = new String[2];
        for (int i = 0; i < 2; i++) {
            pub[i] = add("subnet", azs[i], publicSubnet, null);
            priv[i] = add("subnet", azs[i]);
        }
        add("internet-gateway", vpc);
        add("nat-gateway", pub[0]);
        add("nat-gateway", pub[1]);
        String alb = add("alb", pub[0]);
        String web1 = add("ec2", priv[0], Map.of(), "Web server");
        String web2 = add("ec2", priv[1], Map.of(), "Web server");
        GroupAs asg = new GroupAs(PALETTE, "auto-scaling-group", List.of(web1, web2));
        d.history().execute(asg);
        String rds = add("rds", priv[0], Map.of(), "RDS MySQL");
        String redis = add("elasticache", priv[1]);
        String cloudfront = add("cloudfront", region);
        String route53 = add("route53", region);
        String s3 = add("s3", region);
        String waf = add("waf", region);
        String users = add("users", null);
        connect(users, route53);
        connect(users, cloudfront);
        connect(cloudfront, alb);
        connect(cloudfront, s3);
        connect(waf, cloudfront);
        connect(alb, asg.groupId());
        connect(asg.groupId(), rds);
        connect(asg.groupId(), redis);
    }

    @Test
    void aLampServiceDrawnByQuickAddAloneNeedsNoRepair() {
        draw();
        assertThat(d.nodeCount()).as("21 services and containers, and the Auto Scaling group").isEqualTo(22);
        assertThat(d.edgeCount()).isEqualTo(8);
        LayoutChecker.Report r = LayoutChecker.check(d, PALETTE);
        assertThat(r.total()).as(r + " " + r.examples()).isZero();
    }
}
