package com.cloudwright.cfn.read;

import com.cloudwright.io.DiagramWriter;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        for (String s : Samples.ALL) {
            var d = Samples.imported(s);
            System.out.println("=== " + s);
            d.nodes().forEach(n -> System.out.println(n.id() + " " + n.type() + " p=" + n.parent() + " " + n.bounds() + " " + n.props().asMap() + " " + n.extra()));
            d.edges().forEach(e -> System.out.println("  " + e.from() + " -> " + e.to() + " " + e.label()));
            System.out.println(d.extra());
        }
    }
}
