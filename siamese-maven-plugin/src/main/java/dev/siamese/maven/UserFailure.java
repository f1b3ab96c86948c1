package dev.siamese.maven;

import dev.siamese.ExperimentException;
import dev.siamese.Stage;
import dev.siamese.StaleInputException;

/** What a build says when the user has something to fix: the library's message, and for stale input the goal to run. */
final class UserFailure {
    private UserFailure() {
    }

    /** {@code e}'s message; a {@link StaleInputException}'s with the goal that makes its input again. */
    static String message(ExperimentException e) {
        return e instanceof StaleInputException stale ? e.getMessage() + "; run " + goalThatMakes(stale.stage())
                : e.getMessage();
    }

    /** The goal whose run makes what {@code stage} makes again. */
    static String goalThatMakes(Stage stage) {
        return switch (stage) {
            case DATASET -> "siamese:generate";
            case TRAINING -> "siamese:train";
            case EVALUATION -> "siamese:evaluate";
        };
    }
}
