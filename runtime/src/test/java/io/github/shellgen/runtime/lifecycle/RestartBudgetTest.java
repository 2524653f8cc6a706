package io.github.shellgen.runtime.lifecycle;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class RestartBudgetTest {

    @Test
    void restartsAtOnceThenAfterGrowingPausesAndGivesUpPastTheBudgetWithinAMinute() {
        RestartBudget budget = new RestartBudget(4);

        RestartBudget.Decision first = budget.afterFailure(0);
        assertThat(first.restart()).isTrue();
        assertThat(first.pauseMillis()).isEqualTo(0);
        assertThat(first.describe()).isEqualTo("Restarting it now (restart 1 of at most 4 within a minute).");
        assertThat(budget.afterFailure(1_000).pauseMillis()).isEqualTo(1_000);
        assertThat(budget.afterFailure(3_000).pauseMillis()).isEqualTo(2_000);
        RestartBudget.Decision fourth = budget.afterFailure(6_000);
        assertThat(fourth.pauseMillis()).isEqualTo(4_000);
        assertThat(fourth.describe()).isEqualTo("Restarting it in 4 s (restart 4 of at most 4 within a minute).");

        RestartBudget.Decision fifth = budget.afterFailure(20_000);
        assertThat(fifth.restart()).isFalse();
        assertThat(fifth.describe()).isEqualTo("Giving up: this is failure 5 within a minute, past the budget of 4"
                + " restarts a minute (shellgen.subprocess.restarts.per.minute).");
    }

    @Test
    void aFailureAMinuteAfterAnEarlierOneNoLongerCountsAgainstTheBudget() {
        RestartBudget budget = new RestartBudget(1);

        assertThat(budget.afterFailure(0).restart()).isTrue();
        assertThat(budget.afterFailure(59_999).restart()).isFalse();
        RestartBudget.Decision later = budget.afterFailure(60_000);
        assertThat(later.restart()).isTrue();
        assertThat(later.pauseMillis()).isEqualTo(0);
    }

    @Test
    void pausesStopGrowingAtEightSeconds() {
        RestartBudget budget = new RestartBudget(10);
        long pause = 0;
        for (int i = 0; i < 10; i++) {
            pause = budget.afterFailure(i).pauseMillis();
        }
        assertThat(pause).isEqualTo(8_000);
    }

    @Test
    void zeroNeverRestarts() {
        RestartBudget.Decision decision = new RestartBudget(0).afterFailure(0);
        assertThat(decision.restart()).isFalse();
        assertThat(decision.describe()).isEqualTo("Giving up: restarts are off (shellgen.subprocess.restarts.per.minute is 0).");
    }
}
