package com.cloudwright.validate.rules.connection;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.palette.ServiceRole;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/** CW-C003: the internet, or a public load balancer, connects straight to a database or cache. */
@AutoService(Rule.class)
public final class InternetToDatabase extends AbstractRule {

    public InternetToDatabase() {
        super("CW-C003", Severity.ERROR, Pillar.SECURITY,
                "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html");
    }

    /** True for a call from the internet (or an internet-facing load balancer) to a private data store. */
    static boolean isExposure(Topology t, Node caller, Node callee) {
        return t.hasRole(callee, ServiceRole.PRIVATE_DATA_STORE) && (t.isInternet(caller) || t.isInternetFacing(caller));
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Link link : t.links()) {
            if (isExposure(t, link.caller(), link.callee())) {
                out.add(problem(List.of(link.callee(), link.caller()), List.of(link.edge()),
                        t.isInternet(link.caller()) ? "internet" : "loadBalancer", ctx.describe(link.caller()), ctx.describe(link.callee())));
            }
        }
        return out;
    }
}
