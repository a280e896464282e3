package com.cloudwright.cost;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Under a Korean locale the estimate shows the palette's Korean text and prices exactly as in English. */
class CostKoreanTextTest {

    private static final CostEstimator ESTIMATOR = new CostEstimator(Palette.bundled());

    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static Diagram diagram() {
        return new CostFixtures("us-east-1")
                .add("web", "ec2", "priv", Map.of())
                .add("db", "rds", "priv", Map.of())
                .add("jobs", "sqs", "r1", Map.of("requestsPerMonth", 10_000_000))
                .add("nat", "nat-gateway", "pub", Map.of())
                .add("role", "iam-role", null, Map.of())
                .diagram();
    }

    @Test
    void linesUnitsAssumptionsAndServicesInKoreanAtTheSamePrices() {
        Locale.setDefault(Locale.US);
        CostEstimate english = ESTIMATOR.estimate(diagram(), SnapshotPriceSource.bundled());
        Locale.setDefault(Locale.KOREAN);
        CostEstimate korean = ESTIMATOR.estimate(diagram(), SnapshotPriceSource.bundled());

        assertThat(korean.total()).isEqualByComparingTo(english.total());
        LineItem instance = korean.node("web").lines().get(0);
        assertThat(instance.description()).isEqualTo("EC2 t3.micro Linux 온디맨드");
        assertThat(instance.unit()).isEqualTo("인스턴스 시간");
        assertThat(instance.monthly()).isEqualByComparingTo(english.node("web").lines().get(0).monthly());
        assertThat(instance.assumptions()).filteredOn(a -> a.property().equals("hoursPerMonth")).singleElement()
                .satisfies(a -> {
                    assertThat(a.label()).isEqualTo("월별 실행 시간");
                    assertThat(a.unit()).isEqualTo("시간");
                });
        assertThat(korean.node("db").lines().get(0).description()).isEqualTo("RDS MySQL db.t3.micro 단일 AZ");
        assertThat(korean.node("jobs").lines().get(0).description()).isEqualTo("SQS 표준 대기열 요청");
        assertThat(korean.node("jobs").lines().get(0).unit()).isEqualTo("요청 100만 건");
        assertThat(korean.node("nat").service()).isEqualTo("NAT 게이트웨이");
        assertThat(korean.node("web").service()).isEqualTo("Amazon EC2");
        assertThat(korean.node("role").unpriced()).contains("IAM은 무료입니다");

        assertThat(english.node("web").lines().get(0).description()).isEqualTo("EC2 t3.micro Linux on-demand");
        assertThat(english.node("jobs").lines().get(0).description()).isEqualTo("SQS standard queue requests");
        assertThat(english.node("nat").service()).isEqualTo("NAT gateway");
    }
}
