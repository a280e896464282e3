package com.cloudwright.edit;

import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static com.cloudwright.edit.Fixtures.bounds;
import static com.cloudwright.edit.Fixtures.oneStep;
import static com.cloudwright.edit.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClipboardTest {

    private final Diagram d = Fixtures.sample();

    @Test
    void copyTakesContentsOfContainersEdgesBetweenCopiesAndCompleteGroups() {
        ClipboardContent c = Clipboard.copy(d, List.of("pub-a", "queue", "e1"));
        assertThat(c.nodes()).extracting(Node::id).containsExactly("pub-a", "web", "queue");
        assertThat(c.edges()).isEmpty();
        assertThat(c.roots()).extracting(Node::id).containsExactly("pub-a", "queue");
        assertThat(c.roots()).allMatch(n -> n.parent() == null);
        assertThat(c.nodes().get(1).parent()).isEqualTo("pub-a");
        assertThat(c.originalParents()).isEqualTo(Map.of("pub-a", "aza", "queue", "r1"));
        assertThat(c.bounds()).isEqualTo(new Bounds(80, 140, 1184, 224));

        ClipboardContent both = Clipboard.copy(d, List.of("web", "db", "web2"));
        assertThat(both.nodes()).extracting(Node::id).containsExactly("web", "web2", "db", "asg");
        assertThat(both.edges()).extracting(Edge::id).containsExactly("e2");

        ClipboardContent group = Clipboard.copy(d, List.of("asg"));
        assertThat(group.nodes()).extracting(Node::id).containsExactly("web", "web2", "asg");
    }

    @Test
    void theClipboardTextIsADiagramFileAndReadsBackTheSame() throws DiagramFormatException {
        ClipboardContent c = Clipboard.copy(d, List.of("priv-a", "queue", "dlq"));
        String text = c.toText();
        assertThat(text).startsWith("{\n  \"format\": \"cloudwright-diagram\"");
        assertThat(ClipboardContent.looksLikeDiagram(text)).isTrue();
        assertThat(ClipboardContent.fromText(PALETTE, text)).isEqualTo(c);

        ClipboardContent whole = ClipboardContent.fromText(PALETTE, new DiagramWriter().write(d));
        assertThat(whole.nodes()).hasSize(d.nodeCount());
        assertThat(whole.originalParents()).isEmpty();
        assertThat(ClipboardContent.looksLikeDiagram("hello")).isFalse();
        assertThatThrownBy(() -> ClipboardContent.fromText(PALETTE, "{\"format\": \"cloudwright-diagram\", \"version\": 1, "
                + "\"nodes\": [{\"id\": \"x\", \"type\": \"teleporter\", \"x\": 0, \"y\": 0}]}"))
                .isInstanceOf(DiagramFormatException.class).hasMessageContaining("unknown type 'teleporter'");
    }

    @Test
    void pasteAddsCopiesWithFreshIdsTheirEdgeAndTheirContainers() {
        ClipboardContent c = Clipboard.copy(d, List.of("web", "db"));
        Paste paste = new Paste(PALETTE, c, PastePosition.offset(20, 20), null);
        oneStep(d, () -> d.history().execute(paste));
        assertThat(paste.pastedIds()).containsExactly("web-2", "db-2");
        Node web = d.requireNode("web-2");
        assertThat(web.type()).isEqualTo("ec2");
        assertThat(web.parent()).isEqualTo("pub-a");
        assertThat(web.bounds()).isEqualTo(new Bounds(140, 220, 64, 64));
        assertThat(d.requireNode("db-2").parent()).isEqualTo("priv-a");
        Edge e = d.edgesFrom("web-2").get(0);
        assertThat(e.to()).isEqualTo("db-2");
        assertThat(e.label()).isEqualTo("3306");
        assertThat(e.id()).isEqualTo("e4");
        assertThat(d.history().undoDescription()).contains("Paste 2 nodes");

        Paste again = new Paste(PALETTE, c, PastePosition.offset(40, 40), null);
        d.history().execute(again);
        assertThat(again.pastedIds()).containsExactly("web-3", "db-3");
    }

    @Test
    void nodeReferencesFollowTheCopiesOrKeepTheOriginal() {
        Paste both = new Paste(PALETTE, Clipboard.copy(d, List.of("queue", "dlq")), PastePosition.offset(80, 0), null);
        oneStep(d, () -> d.history().execute(both));
        assertThat(d.requireNode("queue-2").props().string("deadLetterQueue")).contains("dlq-2");
        assertThat(d.requireNode("queue-2").parent()).isEqualTo("r1");
        assertThat(d.edgesFrom("queue-2")).extracting(Edge::to).containsExactly("dlq-2");

        Paste alone = new Paste(PALETTE, Clipboard.copy(d, List.of("queue")), PastePosition.offset(80, 100), null);
        d.history().execute(alone);
        assertThat(d.requireNode(alone.pastedIds().get(0)).props().string("deadLetterQueue")).contains("dlq");

        Diagram other = new Diagram("other", "us-east-1");
        Paste elsewhere = new Paste(PALETTE, Clipboard.copy(d, List.of("queue")), PastePosition.offset(0, 0), null);
        other.history().execute(elsewhere);
        Node q = other.requireNode("queue");
        assertThat(q.parent()).isNull();
        assertThat(q.props().has("deadLetterQueue")).as("no such queue there").isFalse();
    }

    @Test
    void anOverlayGroupPastesWithItsMembersRemapped() {
        Paste paste = new Paste(PALETTE, Clipboard.copy(d, List.of("asg")), PastePosition.offset(0, 300), null);
        oneStep(d, () -> d.history().execute(paste));
        Node asg = d.requireNode("asg-2");
        assertThat(asg.props().strings("members")).containsExactly("web-2", "web2-2");
        assertThat(d.requireNode("web-2").parent()).isEqualTo("priv-a");
        assertThat(d.requireNode("web2-2").parent()).isEqualTo("priv-b");
        assertThat(asg.parent()).isNull();
        assertThat(d.groupsOf("web-2")).extracting(Node::id).containsExactly("asg-2");
    }

    @Test
    void pastingIntoAContainerPutsTheCopiesAtAFreeSpotInsideIt() {
        Paste paste = new Paste(PALETTE, Clipboard.copy(d, List.of("web")), PastePosition.at(5000, 5000), "priv-b");
        oneStep(d, () -> d.history().execute(paste));
        Node web = d.requireNode("web-2");
        assertThat(web.parent()).isEqualTo("priv-b");
        assertThat(Containment.interior(bounds(d, "priv-b")).contains(web.bounds())).isTrue();
        assertThat(bounds(d, "priv-b")).isEqualTo(new Bounds(620, 400, 460, 300));

        assertThatThrownBy(() -> d.history().execute(
                new Paste(PALETTE, Clipboard.copy(d, List.of("s3")), PastePosition.at(0, 0), "priv-b")))
                .isInstanceOf(EditRefusedException.class).hasMessageStartingWith("Amazon S3 is a regional service");
    }

    @Test
    void aPasteWherePlacementForbidsItIsRefusedAndChangesNothing() {
        Map<String, Object> before = state(d);
        assertThatThrownBy(() -> d.history().execute(
                new Paste(PALETTE, Clipboard.copy(d, List.of("web")), PastePosition.at(1250, 700), null)))
                .isInstanceOf(EditRefusedException.class).hasMessage("Amazon EC2 lives in a subnet");
        assertThat(state(d)).isEqualTo(before);
        assertThat(d.history().canUndo()).isFalse();

        Diagram empty = new Diagram("empty", "us-east-1");
        assertThatThrownBy(() -> empty.history().execute(
                new Paste(PALETTE, Clipboard.copy(d, List.of("pub-a")), PastePosition.offset(0, 0), null)))
                .hasMessageStartingWith("A subnet lives in an Availability Zone");
        assertThat(empty.nodeCount()).isZero();
    }

    @Test
    void aWholeVpcPastesIntoAnotherDiagramWithItsIds() {
        Diagram other = new Diagram("other", "eu-west-1");
        Paste paste = new Paste(PALETTE, Clipboard.copy(d, List.of("vpc")), PastePosition.offset(0, 0), null);
        oneStep(other, () -> other.history().execute(paste));
        assertThat(paste.pastedIds()).containsExactly("vpc", "aza", "azb", "pub-a", "priv-a", "pub-b", "priv-b",
                "web", "web2", "db", "asg");
        assertThat(other.edges()).extracting(Edge::id, Edge::from, Edge::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e1", "web", "db"));
        assertThat(other.requireNode("pub-a").props().string("cidr")).contains("10.0.1.0/24");
    }

    @Test
    void duplicatingAnAzMakesTheSecondAzWithItsOwnZoneAndSubnetBlocks() {
        Paste dup = Paste.duplicate(PALETTE, d, List.of("aza"));
        oneStep(d, () -> d.history().execute(dup));
        assertThat(dup.pastedIds()).containsExactly("aza-2", "pub-a-2", "priv-a-2", "web-2", "db-2");
        Node az = d.requireNode("aza-2");
        assertThat(az.parent()).as("back in the VPC, which grows").isEqualTo("vpc");
        assertThat(az.props().string("zone")).contains("c");
        assertThat(az.bounds()).isEqualTo(bounds(d, "aza").translate(0, 720));
        assertThat(d.requireNode("pub-a-2").props().string("cidr")).contains("10.0.5.0/24");
        assertThat(d.requireNode("priv-a-2").props().string("cidr")).contains("10.0.6.0/24");
        assertThat(d.requireNode("pub-a-2").props().bool("public", false)).isTrue();
        assertThat(d.edgesFrom("web-2")).extracting(Edge::to).containsExactly("db-2");
        assertThat(Containment.holdsChildren(d, "vpc")).isTrue();
        assertThat(Containment.holdsChildren(d, "r1")).isTrue();
        assertThat(d.history().undoDescription()).contains("Duplicate 5 nodes");
    }

    @Test
    void duplicatingAServicePutsTheCopyBesideItInTheSameSubnet() {
        Paste dup = Paste.duplicate(PALETTE, d, List.of("web"));
        oneStep(d, () -> d.history().execute(dup));
        Node copy = d.requireNode("web-2");
        assertThat(copy.parent()).isEqualTo("pub-a");
        assertThat(copy.bounds()).isEqualTo(new Bounds(120 + 140, 200, 64, 64));
        assertThat(d.history().undoDescription()).contains("Duplicate web");
    }

    @Test
    void pastingACopiedSubnetInPlaceRenumbersItsCidr() {
        Paste paste = new Paste(PALETTE, Clipboard.copy(d, List.of("pub-a")), PastePosition.offset(0, 0), null);
        d.history().execute(paste);
        assertThat(d.requireNode("pub-a-2").parent()).isEqualTo("aza");
        assertThat(d.requireNode("pub-a-2").props().string("cidr")).contains("10.0.5.0/24");
        assertThat(d.requireNode("web-2").parent()).isEqualTo("pub-a-2");
    }
}
