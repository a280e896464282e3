package com.cloudwright.ui.export;

import com.cloudwright.cfn.AcceptedRisk;
import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.WrappedLines;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;

import java.util.List;
import java.util.Locale;

/**
 * The export dialog's list of the best-practice findings the template accepts on purpose: each
 * resource, the rule and the reason the template carries in its Metadata (in the UI's language:
 * the Metadata itself stays English), so that a risk is seen before the template is saved, not
 * found later by a scanner.
 */
final class AcceptedRisksPane extends TitledPane {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final ListView<String> list = new ListView<>();

    AcceptedRisksPane() {
        setContent(list);
        list.setId("cfn-accepted-risks");
        list.setPrefHeight(110);
        WrappedLines.apply(list);
        setId("cfn-accepted-risks-pane");
        setExpanded(false);
        show(List.of());
    }

    /** Lists the risks; the pane is hidden while there are none (or no template). */
    void show(List<AcceptedRisk> risks) {
        list.getItems().setAll(risks.stream().map(AcceptedRisksPane::line).toList());
        setText(TEXT.get("cfn.acceptedRisks", risks.size()));
        setVisible(!risks.isEmpty());
        setManaged(!risks.isEmpty());
    }

    static String line(AcceptedRisk r) {
        return TEXT.get("cfn.acceptedRisks.line", r.resource(), r.rule().replaceFirst("^AwsSolutions-", ""),
                r.reason(Locale.getDefault()));
    }
}
