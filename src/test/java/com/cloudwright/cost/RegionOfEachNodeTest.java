package com.cloudwright.cost;

import com.cloudwright.model.Diagram;
import com.cloudwright.validate.Fixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each node is priced in the Region it is drawn in, the same Region the CloudFormation export puts it in. */
class RegionOfEachNodeTest {

    private static final CostEstimator ESTIMATOR = new CostEstimator(Fixture.palette());

    private static Diagram twoRegions() {
        return Fixture.noRegion()
                .node("virginia", "region", null, "region", "us-east-1")
                .node("seoul", "region", null, "region", "ap-northeast-2")
                .node("bucket-us", "s3", "virginia")
                .node("bucket-kr", "s3", "seoul")
                .build();
    }

    @Test
    void nodesArePricedInTheirRegionContainersRegion() {
        CostPlan plan = ESTIMATOR.plan(twoRegions(), null);
        assertThat(plan.requests()).extracting(PriceRequest::region).contains("us-east-1", "ap-northeast-2");
        // the diagram names no Region: the estimate is shown in its first Region container's (by id)
        assertThat(plan.region()).isEqualTo("ap-northeast-2");
    }

    @Test
    void aRegionGivenByTheCallerPricesEveryNodeThere() {
        CostPlan plan = ESTIMATOR.plan(twoRegions(), "eu-west-1");
        assertThat(plan.requests()).extracting(PriceRequest::region).containsOnly("eu-west-1");
        assertThat(plan.region()).isEqualTo("eu-west-1");
    }
}
