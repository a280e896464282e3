package com.cloudwright.ui;

import com.cloudwright.i18n.Bundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts of nodes, connections and prices read right for one and for many, in English and in Korean. */
class CountTextTest {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void englishSaysNodeForOneAndNodesForMany() {
        Locale.setDefault(Locale.US);
        assertThat(TEXT.get("status.counts", 1, 1)).isEqualTo("1 node · 1 connection");
        assertThat(TEXT.get("status.counts", 2, 0)).isEqualTo("2 nodes · 0 connections");
        assertThat(TEXT.get("status.counts", 0, 2)).isEqualTo("0 nodes · 2 connections");
        assertThat(TEXT.get("status.counts", 1234, 5)).isEqualTo("1,234 nodes · 5 connections");
        assertThat(TEXT.get("inspector.diagram.counts", 1, 3)).isEqualTo("1 node, 3 connections");
        assertThat(TEXT.get("status.opened", "web.cwd.json", 7, 1)).isEqualTo("Opened web.cwd.json: 7 nodes, 1 connection");
        assertThat(TEXT.get("cost.detail.service", "Amazon EC2", 1)).isEqualTo("Amazon EC2: 1 node.");
        assertThat(TEXT.get("cost.detail.service", "Amazon EC2", 4)).isEqualTo("Amazon EC2: 4 nodes.");
        assertThat(TEXT.get("cost.progress.live", 1)).isEqualTo("Asking the AWS Price List API for 1 price…");
        assertThat(TEXT.get("cost.progress.live", 34)).isEqualTo("Asking the AWS Price List API for 34 prices…");
    }

    @Test
    void koreanCountsWithTheCounterGae() {
        Locale.setDefault(Locale.KOREAN);
        assertThat(TEXT.get("status.counts", 1, 1)).isEqualTo("노드 1개 · 연결 1개");
        assertThat(TEXT.get("status.counts", 2, 0)).isEqualTo("노드 2개 · 연결 0개");
        assertThat(TEXT.get("status.counts", 1234, 5)).isEqualTo("노드 1,234개 · 연결 5개");
        assertThat(TEXT.get("inspector.diagram.counts", 1, 3)).isEqualTo("노드 1개, 연결 3개");
        assertThat(TEXT.get("status.opened", "web.cwd.json", 7, 1)).isEqualTo("web.cwd.json을(를) 열었습니다: 노드 7개, 연결 1개");
        assertThat(TEXT.get("cost.detail.service", "Amazon EC2", 4)).isEqualTo("Amazon EC2: 노드 4개.");
        assertThat(TEXT.get("cost.progress.live", 34)).isEqualTo("AWS Price List API에 요금 34개를 요청하는 중…");
    }
}
