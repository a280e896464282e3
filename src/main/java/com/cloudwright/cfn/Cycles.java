package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reference cycles between resources, which CloudFormation refuses ("Circular dependency"). */
final class Cycles {

    private Cycles() {
    }

    /** One cycle, as the resources along it (the first is not repeated at the end), or an empty list. */
    static List<String> find(Template t) {
        List<String> ids = new ArrayList<>(t.resources().keySet());
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int[][] edges = new int[ids.size()][];
        Set<String> refs = new java.util.HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Resource r = t.resources().get(ids.get(i));
            refs.clear();
            refs.addAll(r.dependsOn());
            References.collect(r.properties(), refs);
            int[] out = new int[refs.size()];
            int n = 0;
            for (String ref : refs) {
                Integer target = index.get(ref);
                if (target != null) {
                    out[n++] = target;
                }
            }
            edges[i] = java.util.Arrays.copyOf(out, n);
            java.util.Arrays.sort(edges[i]);
        }
        byte[] state = new byte[ids.size()]; // 0 new, 1 on the stack, 2 done
        int[] stack = new int[ids.size()];
        int[] next = new int[ids.size()];
        for (int start = 0; start < ids.size(); start++) {
            if (state[start] != 0) {
                continue;
            }
            int depth = 0;
            stack[0] = start;
            next[0] = 0;
            state[start] = 1;
            while (depth >= 0) {
                int node = stack[depth];
                if (next[depth] < edges[node].length) {
                    int target = edges[node][next[depth]++];
                    if (state[target] == 0) {
                        state[target] = 1;
                        depth++;
                        stack[depth] = target;
                        next[depth] = 0;
                    } else if (state[target] == 1) {
                        List<String> loop = new ArrayList<>();
                        for (int k = depth; k >= 0; k--) {
                            loop.add(0, ids.get(stack[k]));
                            if (stack[k] == target) {
                                break;
                            }
                        }
                        return loop;
                    }
                } else {
                    state[node] = 2;
                    depth--;
                }
            }
        }
        return List.of();
    }
}
