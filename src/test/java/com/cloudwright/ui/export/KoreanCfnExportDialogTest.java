package com.cloudwright.ui.export;

import com.cloudwright.cfn.AcceptedRisk;
import com.cloudwright.cfn.CfnExporter;
import com.cloudwright.cfn.ExportOptions;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the Korean UI the export dialog lists the accepted risks with their Korean reasons, while the
 * template it shows and saves keeps the English reasons in its Metadata.
 */
class KoreanCfnExportDialogTest extends ExportDialogTestBase {

    private static final Path EXAMPLE = Path.of("examples/01-under-1000-users.cwd.json").toAbsolutePath();
    private static final String HANGUL = ".*[\\uAC00-\\uD7A3].*";

    private static Locale before;

    /** Runs before the base class builds the window for each test. */
    @BeforeAll
    static void korean() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.KOREAN);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theAcceptedRisksPaneGivesTheKoreanReasonsAndTheTemplateTheEnglishOnes() {
        openDiagram(EXAMPLE);
        clickOn("파일(F)");
        clickOn("내보내기");
        clickOn("CloudFormation…");
        waitUntil(() -> showing("#cfn-preview")
                && !onFx(() -> lookup("#cfn-preview").queryAs(TextArea.class).getText()).isEmpty());

        List<AcceptedRisk> accepted = CfnExporter.export(diagram().snapshot(), doc().palette(),
                ExportOptions.defaults()).acceptedRisks();
        AcceptedRisk flowLogs = accepted.stream().filter(a -> a.rule().equals("AwsSolutions-VPC7")).findFirst()
                .orElseThrow();
        assertThat(flowLogs.koreanReason()).isEqualTo(
                "VPC의 흐름 로그가 꺼져 있습니다. 흐름 로그는 수집한 GB당 요금이 부과됩니다."
                        + " 트래픽을 감사해야 하면 VPC의 flowLogs 속성을 켜십시오");

        TitledPane pane = lookup("#cfn-accepted-risks-pane").queryAs(TitledPane.class);
        assertThat(onFx(pane::isVisible)).isTrue();
        assertThat(onFx(pane::getText)).startsWith("허용한 위험(" + accepted.size() + ")");
        @SuppressWarnings("unchecked")
        ListView<String> risks = lookup("#cfn-accepted-risks").queryAs(ListView.class);
        List<String> lines = onFx(() -> List.copyOf(risks.getItems()));
        assertThat(lines).hasSize(accepted.size())
                .contains("VPC — 규칙 VPC7: " + flowLogs.koreanReason())
                .allMatch(line -> line.matches(HANGUL))
                .noneMatch(line -> line.contains(flowLogs.reason()));
        for (AcceptedRisk a : accepted) {
            assertThat(lines).contains(a.resource() + " — 규칙 " + a.rule().replaceFirst("^AwsSolutions-", "")
                    + ": " + a.koreanReason());
        }

        // opened, the pane shows each line whole, wrapped to the list's width
        clickOn(pane.lookup(".title"));
        waitUntil(() -> onFx(pane::isExpanded));
        Predicate<Node> firstLine = n -> n instanceof ListCell<?> c && lines.get(0).equals(c.getItem());
        waitUntil(() -> lookup(firstLine).tryQuery().isPresent());
        ListCell<?> first = lookup(firstLine).queryAs(ListCell.class);
        assertThat(onFx(first::isWrapText)).isTrue();
        assertThat(onFx(first::getWidth)).isLessThan(onFx(risks::getWidth));

        String template = onFx(() -> lookup("#cfn-preview").queryAs(TextArea.class).getText());
        assertThat(template).contains(flowLogs.reason().replace("'", "''")).doesNotContain(flowLogs.koreanReason());
    }
}
