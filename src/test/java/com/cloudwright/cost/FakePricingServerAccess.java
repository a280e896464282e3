package com.cloudwright.cost;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** The loopback Price List server with a small us-east-1 catalogue, for tests outside this package. */
public final class FakePricingServerAccess implements AutoCloseable {

    private final FakePricingServer server;

    private FakePricingServerAccess(FakePricingServer server) {
        this.server = server;
    }

    public static FakePricingServerAccess start() throws IOException {
        FakePricingServer s = new FakePricingServer()
                .addResource("ec2-m5.large-us-east-1.json", "us-east-1")
                .add(FakePricingServer.product("NATHSKU", "AmazonEC2", "NAT Gateway",
                        Map.of("regionCode", "us-east-1", "usagetype", "NatGateway-Hours", "operation", "NatGateway"), "Hrs", "0.0450000000",
                        "$0.045 per NAT Gateway Hour"))
                .add(FakePricingServer.product("NATBSKU", "AmazonEC2", "NAT Gateway",
                        Map.of("regionCode", "us-east-1", "usagetype", "NatGateway-Bytes", "operation", "NatGateway"), "GB", "0.0450000000",
                        "$0.045 per GB Data Processed by NAT Gateways"));
        return new FakePricingServerAccess(s);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public int calls() {
        return server.calls().size();
    }

    @Override
    public void close() {
        server.close();
    }
}
