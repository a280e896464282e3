package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.UpdateEdge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Undo step names and placement refusals are said in the language in force when they are shown. */
class KoreanEditTextTest {

    private final Locale before = Locale.getDefault();
    private final Diagram d = Fixtures.sample();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void undoNamesAreKoreanNounPhrasesAndFollowALanguageSwitch() {
        d.history().execute(new Paste(PALETTE, Clipboard.copy(d, List.of("web", "db")), PastePosition.offset(20, 20), null));
        Locale.setDefault(Locale.KOREAN);
        assertThat(d.history().undoDescription()).contains("노드 2개 붙여넣기");
        d.history().execute(new AlignNodes(List.of("pub-a", "pub-b"), Alignment.LEFT));
        assertThat(d.history().undoDescription()).contains("노드 2개 왼쪽 맞춤");
        Locale.setDefault(Locale.US);
        assertThat(d.history().undoDescription()).contains("Align 2 nodes left");
    }

    @Test
    void aStepNamedBeforeASwitchIsShownInTheNewLanguage() {
        Locale.setDefault(Locale.US);
        d.history().execute(UpdateEdge.label("e1", "HTTPS"));
        assertThat(d.history().undoDescription()).contains("Label connection");
        Locale.setDefault(Locale.KOREAN);
        assertThat(d.history().undoDescription()).contains("연결 레이블 지정");
    }

    @Test
    void aRefusedPasteSaysWhyInKorean() {
        Locale.setDefault(Locale.KOREAN);
        assertThatThrownBy(() -> d.history().execute(
                new Paste(PALETTE, Clipboard.copy(d, List.of("web")), PastePosition.at(1250, 700), null)))
                .isInstanceOf(EditRefusedException.class).hasMessage("Amazon EC2은(는) 서브넷 안에 있어야 합니다");
    }
}
