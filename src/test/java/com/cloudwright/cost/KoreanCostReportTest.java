package com.cloudwright.cost;

import com.cloudwright.i18n.Columns;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Under a Korean locale the estimate's texts change; its figures, JSON keys and CSV columns do not. */
class KoreanCostReportTest {

    private static final Palette PALETTE = Palette.bundled();
    private static final Pattern MONEY = Pattern.compile("\\$[0-9][0-9,]*\\.[0-9]+");
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private static Diagram threeTier() throws Exception {
        return new DiagramReader(PALETTE).read(Path.of(KoreanCostReportTest.class.getResource("/cost/three-tier.cwd.json").toURI()));
    }

    private static CostEstimate estimate(Locale locale) throws Exception {
        Locale.setDefault(locale);
        return new CostEstimator(PALETTE).estimate(threeTier(), SnapshotPriceSource.bundled());
    }

    private static List<String> money(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void theTextReportIsKoreanWithTheSameFigures() throws Exception {
        CostEstimate english = estimate(Locale.US);
        String englishText = CostReport.text(english);
        CostEstimate korean = estimate(Locale.KOREA);
        String koreanText = CostReport.text(korean);
        assertThat(korean.total()).isEqualByComparingTo(english.total());
        assertThat(koreanText).contains("월별 예상 비용", "번들 요금 스냅샷", "합계: 월 ", "참고: 프리 티어는 반영하지 않습니다")
                .doesNotContain("Monthly cost estimate", "Free tier ignored");
        assertThat(money(koreanText)).isNotEmpty().isEqualTo(money(englishText));
    }

    @Test
    void jsonKeysAndCsvColumnsStayEnglish() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode english = json.readTree(CostReport.json(estimate(Locale.US)));
        CostEstimate koreanEstimate = estimate(Locale.KOREA);
        JsonNode korean = json.readTree(CostReport.json(koreanEstimate));
        List<String> englishKeys = new ArrayList<>();
        List<String> koreanKeys = new ArrayList<>();
        english.fieldNames().forEachRemaining(englishKeys::add);
        korean.fieldNames().forEachRemaining(koreanKeys::add);
        assertThat(koreanKeys).isEqualTo(englishKeys);
        assertThat(korean.path("total").decimalValue()).isEqualByComparingTo(english.path("total").decimalValue());
        assertThat(korean.path("notes").toString()).contains("프리 티어");
        String csv = CostReport.csv(koreanEstimate);
        assertThat(csv.lines().findFirst()).contains("node,service,description,quantity,unit,unitPrice,monthly,assumptions,source,note");
        assertThat(csv).contains("합계(USD/월, us-east-1)");
    }

    @Test
    void theRegionComparisonLinesUpKoreanLabels() throws Exception {
        Locale.setDefault(Locale.KOREA);
        SnapshotPriceSource prices = SnapshotPriceSource.bundled();
        RegionComparison c = new CostEstimator(PALETTE).compare(threeTier(), prices.regions(), prices, Cancellation.none());
        List<String> rows = CostReport.text(c).lines().toList();
        String header = rows.stream().filter(r -> r.contains("us-east-1")).findFirst().orElseThrow();
        String total = rows.stream().filter(r -> r.startsWith("합계")).findFirst().orElseThrow();
        assertThat(Columns.width(total)).isEqualTo(Columns.width(header));
        assertThat(Columns.width("합계 A")).isEqualTo(6);
    }
}
