package dev.siamese;

/**
 * The names of the files an experiment writes below its output folder, in one place: every stage that
 * writes or reads one of them names it through here.
 */
public final class OutputFiles {
    /** The data set folder: images, {@link #MANIFEST}, {@link #PAIRS}, {@link #SAMPLE_SHEET}. */
    public static final String DATASET_FOLDER = "dataset";
    /** The data set's manifest, inside {@link #DATASET_FOLDER}. */
    public static final String MANIFEST = "manifest.json";
    /** The training and validation pairs, inside {@link #DATASET_FOLDER}. */
    public static final String PAIRS = "pairs.json";
    /** A contact sheet of the first scans, inside {@link #DATASET_FOLDER} (fingerprints, synthetic or scanned). */
    public static final String SAMPLE_SHEET = "sample-sheet.png";
    /** The same scans as a network with {@code model.input} sees them, beside {@link #MODEL_FILE}. */
    public static final String INPUT_SHEET = "input-sheet.png";
    public static final String MODEL_FILE = "model.zip";
    public static final String HISTORY_FILE = "history.json";
    /**
     * Written last by training: its fingerprint and the SHA-256 of each file it wrote. Training's files count
     * only with a manifest that lists them as they are, so a run killed half-way leaves none that passes.
     */
    public static final String TRAINING_MANIFEST = "training-manifest.json";
    public static final String TIMINGS_FILE = "training-timings.json";
    public static final String DIAGNOSTICS_FILE = "diagnostics.json";
    public static final String RESULTS_FILE = "results.json";
    public static final String SCORES_FILE = "scores.json";
    /** A sweep's points, one folder each (holding the files above), below the output folder. */
    public static final String SWEEP_FOLDER = "sweep";
    /** A sweep's aggregates over seeds, per grid point and metric. */
    public static final String SWEEP_FILE = "sweep.json";
    public static final String SWEEP_MARKDOWN = "sweep.md";
    public static final String SWEEP_HTML = "sweep.html";
    /** The trained matcher's operating threshold, beside {@link #MODEL_FILE} (written by evaluation). */
    public static final String MATCHER_FILE = "matcher.json";
    /**
     * Locked by the goal that works in the output folder, so that two builds there take turns; holds the line
     * saying who has it. Never deleted.
     */
    public static final String LOCK_FILE = "siamese.lock";

    private OutputFiles() {
    }
}
