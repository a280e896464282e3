package com.cloudwright.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The AWS-written sample templates of the import tests (src/test/resources/com/cloudwright/cfn/read/aws-samples). */
public final class AwsSamples {

    public static final String VPC_NAT = "VPC_VPC_With_Managed_NAT_And_Private_Subnet.yaml";
    public static final String RDS_REPLICA = "RDS_RDS_MySQL_With_Read_Replica.yaml";

    private AwsSamples() {
    }

    /** Copies a sample into the folder under the given name, as a user's file to open. */
    public static Path copy(String sample, Path dir, String as) throws IOException {
        try (InputStream in = AwsSamples.class.getResourceAsStream("/com/cloudwright/cfn/read/aws-samples/" + sample)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + sample);
            }
            return Files.write(dir.resolve(as), in.readAllBytes());
        }
    }
}
