package io.github.shellgen.maven;

import java.util.Map;
import org.apache.storm.utils.Utils;

/** A running topology's configuration, as Nimbus holds it. Read, never printed. */
final class TopologyConf {

    private TopologyConf() {}

    static Map<String, Object> of(ClusterConnection cluster, String id) throws Exception {
        return Utils.parseJson(cluster.call(n -> n.getTopologyConf(id)));
    }
}
