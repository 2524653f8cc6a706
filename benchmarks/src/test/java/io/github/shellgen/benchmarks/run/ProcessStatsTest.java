package io.github.shellgen.benchmarks.run;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessStatsTest {

    @Test
    void readsVmHwmFromAProcStatusText() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  312456 kB\nVmRSS:\t  300000 kB\n";

        assertThat(ProcessStats.parseVmHwmKb(status).getAsLong()).isEqualTo(312_456L);
        assertThat(ProcessStats.parseVmHwmKb("Name:\tjava\n").isPresent()).isFalse();
    }

    @Test
    void thisJvmHasAPeakRss() {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "Linux only");

        assertThat(ProcessStats.peakRssOfThisJvmKb()).isGreaterThan(1_000L);
    }
}
