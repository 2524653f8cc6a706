package com.example.wordstats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.storm.generated.GlobalStreamId;
import org.apache.storm.grouping.CustomStreamGrouping;
import org.apache.storm.task.WorkerTopologyContext;

/**
 * A custom grouping: a tuple whose first value is a word goes to the task of index
 * {@code (first character) % (number of tasks)} among the target's tasks in ascending order, so
 * which task receives a word can be computed from the word alone ({@link #choose}).
 */
public final class FirstLetterGrouping implements CustomStreamGrouping {

    private static final long serialVersionUID = 1L;

    private List<Integer> sortedTargets;

    @Override
    public void prepare(WorkerTopologyContext context, GlobalStreamId stream, List<Integer> targetTasks) {
        sortedTargets = new ArrayList<>(targetTasks);
        Collections.sort(sortedTargets);
    }

    @Override
    public List<Integer> chooseTasks(int taskId, List<Object> values) {
        return List.of(choose(String.valueOf(values.get(0)), sortedTargets));
    }

    /** The task among {@code sortedTargets} that receives {@code word}. */
    public static int choose(String word, List<Integer> sortedTargets) {
        return sortedTargets.get(word.charAt(0) % sortedTargets.size());
    }
}
