package dev.siamese.spec;

/** Where the images come from: a generator and its parameters, or a folder of scans. */
public sealed interface DatasetSpec permits StripesDatasetSpec, FolderDatasetSpec, SyntheticFingerprintsDatasetSpec {
    /** The value of {@code dataset.type}. */
    String type();
}
