package com.example.wordcount;

import java.util.HashMap;
import java.util.Map;
import org.apache.storm.daemon.StormCommon;
import org.apache.storm.generated.InvalidTopologyException;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.utils.Utils;

/** Checks a topology the way Nimbus does at submission, without a cluster. */
public final class NimbusValidation {

    private NimbusValidation() {}

    /**
     * Runs Storm's own submission checks (validateBasic, validateStructure, the acker and system
     * streams) on {@code topology} with Storm's defaults overlaid by {@code topologyConf}, as Nimbus
     * merges them. Throws {@link InvalidTopologyException} where Nimbus would reject it.
     */
    public static StormTopology validate(Map<String, Object> topologyConf, StormTopology topology)
            throws InvalidTopologyException {
        Map<String, Object> conf = new HashMap<>(Utils.readDefaultConfig());
        conf.putAll(topologyConf);
        return StormCommon.systemTopology(conf, topology);
    }
}
