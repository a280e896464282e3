package com.cloudwright.io;

import com.cloudwright.model.AddEdge;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;

import java.nio.file.Path;

/**
 * The process {@link RecoveryStoreTest} kills: opens a recovery store in the folder given as
 * argument, autosaves a document mid-edit, says so on stdout, then waits to be killed.
 */
public final class RecoveryCrashMain {

    static final Path ORIGINAL = Path.of("/projects/lamp/interview.cwd.json");

    private RecoveryCrashMain() {
    }

    /** The document being edited when the process dies. */
    static Diagram document() {
        Diagram d = new Diagram("Interview LAMP", "ap-northeast-2");
        d.history().execute(new AddNode(new Node("r1", "region", null, new Bounds(0, 0, 1200, 800), Props.of("region", "ap-northeast-2"))));
        d.history().execute(new AddNode(new Node("vpc", "vpc", "r1", new Bounds(40, 60, 1100, 700), Props.of("cidr", "10.0.0.0/16"))));
        d.history().execute(new AddNode(new Node("web", "ec2", "vpc", new Bounds(100.25, 100, 64, 64), Props.of("instanceType", "m5.large"))));
        d.history().execute(new AddNode(new Node("db", "rds", "vpc", new Bounds(300, 100, 64, 64), Props.of("engine", "mysql", "multiAz", true))));
        d.history().execute(new AddEdge(new Edge("e1", "web", "db").withLabel("3306")));
        return d;
    }

    public static void main(String[] args) throws Exception {
        RecoveryStore store = RecoveryStore.open(Path.of(args[0]));
        store.save("doc1", document(), ORIGINAL);
        System.out.println("SAVED " + store.session());
        System.out.flush();
        Thread.sleep(120_000);   // killed long before; never exits cleanly
        System.exit(3);
    }
}
