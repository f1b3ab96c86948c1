package dev.siamese.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One axis of a sweep's grid: a spec path ({@code training.optimizer.learningRate}) and the values it takes.
 *
 * @param path   dot-separated field names below the spec's root
 * @param values the values, each with the label that names it in point folders and tables
 */
public record GridAxis(String path, List<Value> values) {
    public GridAxis {
        values = List.copyOf(values);
    }

    /** The JSON path of the axis in the sweep file, for messages: {@code $.grid["model.branch"]}. */
    public String jsonPath() {
        return "$.grid[\"" + path + "\"]";
    }

    /**
     * A value of the axis.
     *
     * @param label names it: given in the sweep file, else the value's text ({@code dense-3}, {@code 0.001}),
     *              else the last path segment and its position ({@code branch-3})
     * @param json  the value put at the path
     * @param index its position on the axis
     */
    public record Value(String label, JsonNode json, int index) {
    }
}
