package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementCheckTest {

    private final PlacementCheck check = new PlacementCheck(Fixtures.PALETTE);
    private final Diagram d = Fixtures.sample();

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ec2                | pub-a  | -
            ec2                | priv-b | -
            ec2                | aza    | Amazon EC2 lives in a subnet
            ec2                | vpc    | Amazon EC2 lives in a subnet
            ec2                | r1     | Amazon EC2 lives in a subnet
            ec2                | -      | Amazon EC2 lives in a subnet
            nat-gateway        | pub-a  | -
            rds                | priv-a | -
            rds                | vpc    | -
            rds                | aza    | -
            rds                | r1     | Amazon RDS lives in a subnet, or in its VPC when it spans several subnets
            alb                | vpc    | -
            internet-gateway   | vpc    | -
            internet-gateway   | r1     | Internet gateway is attached to a VPC: it goes inside one
            s3                 | r1     | -
            s3                 | -      | -
            s3                 | vpc    | Amazon S3 is a regional service: it cannot sit inside a VPC — reach it privately through a VPC endpoint
            sqs                | priv-a | Amazon SQS is a regional service: it cannot sit inside a VPC — reach it privately through a VPC endpoint
            transit-gateway    | vpc    | AWS Transit Gateway is a regional service: it cannot sit inside a VPC — draw it in the Region and connect it to the VPC
            cloudfront         | -      | -
            cloudfront         | r1     | -
            cloudfront         | aza    | Amazon CloudFront is a global service: it cannot sit inside a VPC — draw it outside the Region's VPCs
            users              | pub-a  | -
            users              | -      | -
            region             | -      | -
            region             | r1     | Region cannot go inside the Region 'r1': containers nest Region ⊃ VPC ⊃ Availability Zone ⊃ subnet
            vpc                | r1     | -
            vpc                | -      | -
            vpc                | aza    | VPC cannot go inside the Availability Zone 'aza': containers nest Region ⊃ VPC ⊃ Availability Zone ⊃ subnet
            availability-zone  | vpc    | -
            availability-zone  | r1     | An Availability Zone lives in a VPC
            subnet             | aza    | -
            subnet             | vpc    | A subnet lives in an Availability Zone: each subnet is in exactly one AZ of its VPC
            subnet             | -      | A subnet lives in an Availability Zone: each subnet is in exactly one AZ of its VPC
            auto-scaling-group | -      | -
            auto-scaling-group | pub-a  | Auto Scaling group is drawn around its members; it does not go inside a container
            ec2                | web    | Amazon EC2 cannot go inside web: only a Region, a VPC, an Availability Zone or a subnet holds other nodes
            """)
    void followsThePaletteScope(String type, String parent, String expected) {
        assertThat(check.placementProblem(d, type, parent).orElse(null)).isEqualTo(expected);
    }

    @Test
    void aVpcOutsideARegionNeedsTheDiagramRegion() {
        Diagram noRegion = new Diagram("x", null);
        assertThat(check.placementProblem(noRegion, "vpc", null)).contains("A VPC lives in a Region");
        assertThat(check.placementProblem(d, "vpc", null)).isEmpty();
    }

    @Test
    void unknownTypesAndParentsAreNamed() {
        assertThat(check.placementProblem(d, "nope", null)).contains("Unknown service type 'nope'");
        assertThat(check.placementProblem(d, "ec2", "ghost")).contains("There is no container 'ghost'");
    }
}
