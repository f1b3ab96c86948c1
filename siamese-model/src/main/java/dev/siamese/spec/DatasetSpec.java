package dev.siamese.spec;

/** Where the images come from: a generator and its parameters, or a folder of scans. */
public sealed interface DatasetSpec permits StripesDatasetSpec, FolderDatasetSpec, SyntheticFingerprintsDatasetSpec {
    /** The value of {@code dataset.type}. */
    String type();

    /**
     * The resolution of the images in dots per inch, NaN when they have none (the stripes): a folder's
     * {@code dpi}, for synthetic prints the one at which their ridge period is a real finger's.
     */
    double resolution();
}
