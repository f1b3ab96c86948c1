package dev.siamese.model;

import dev.siamese.data.GrayImage;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;

/** Turns 8-bit images into network input ({@code value / 255}) in the layout the branch needs. */
public final class ImageTensors {
    private ImageTensors() {
    }

    /** {@code [N, H·W]} or {@code [N, 1, H, W]} float array of the images, all of one size. */
    public static INDArray of(List<GrayImage> images, InputLayout layout) {
        return of(images.stream().map(GrayImage::toUnitFloats).toList(), images.get(0).height(),
                images.get(0).width(), layout);
    }

    /**
     * The same from images already scaled to [0, 1] (row-major, {@code height × width} each). Each image is copied
     * in bulk into the array's native memory: {@code Nd4j.create(float[], ...)} copies element by element through
     * an indexer, which was a quarter of a dense-1 training step.
     */
    public static INDArray of(List<float[]> unitImages, int height, int width, InputLayout layout) {
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, shape(unitImages.size(), height, width, layout), 'c');
        write(unitImages, height, width, out);
        return out;
    }

    /** The shape of {@code n} images of {@code height × width} in {@code layout}. */
    public static long[] shape(long n, int height, int width, InputLayout layout) {
        return layout == InputLayout.FLAT ? new long[]{n, (long) height * width} : new long[]{n, 1, height, width};
    }

    /**
     * Writes the images (scaled to [0, 1], row-major) one after the other from the start of {@code target}, a float
     * array of its own memory (not a view) with room for them all, whose first images they become.
     */
    public static void write(List<float[]> unitImages, int height, int width, INDArray target) {
        int pixels = height * width;
        for (int i = 0; i < unitImages.size(); i++) {
            if (unitImages.get(i).length != pixels) {
                throw new IllegalArgumentException("image " + i + " has " + unitImages.get(i).length
                        + " pixels, expected " + pixels);
            }
        }
        if (target.isView() || target.dataType() != DataType.FLOAT || target.length() < (long) unitImages.size() * pixels) {
            throw new IllegalArgumentException("cannot write " + unitImages.size() + " images of " + pixels
                    + " pixels into " + target.shapeInfoToString());
        }
        FloatBuffer buffer = target.data().asNioFloat();
        for (float[] image : unitImages) {
            buffer.put(image);
        }
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive) of {@code images}, of any layout: a view. */
    public static INDArray rows(INDArray images, long from, long to) {
        INDArrayIndex[] index = new INDArrayIndex[images.rank()];
        Arrays.fill(index, NDArrayIndex.all());
        index[0] = NDArrayIndex.interval(from, to);
        return images.get(index);
    }

    /** Labels {@code [B, 1]}. */
    public static INDArray labels(int[] labels) {
        float[] data = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            data[i] = labels[i];
        }
        return Nd4j.create(data, new long[]{labels.length, 1}, 'c');
    }
}
