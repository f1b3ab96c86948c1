package dev.siamese;

/**
 * An input file that is missing, damaged, or does not belong to this experiment as specified now (made
 * for another spec, another data set, another model, or by another experiment): {@link #stage()} must
 * run again. The message names the file and what is wrong with it, not how to run the stage, which the
 * caller knows (a Maven goal adds "run siamese:train").
 */
public class StaleInputException extends ExperimentException {
    private final Stage stage;

    public StaleInputException(Stage stage, String message) {
        super(message);
        this.stage = stage;
    }

    /** The step whose output must be made again. */
    public Stage stage() {
        return stage;
    }
}
