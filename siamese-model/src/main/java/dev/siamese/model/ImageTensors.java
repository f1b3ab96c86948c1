package dev.siamese.model;

import dev.siamese.data.GrayImage;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.FloatBuffer;
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
        int pixels = height * width;
        for (int i = 0; i < unitImages.size(); i++) {
            if (unitImages.get(i).length != pixels) {
                throw new IllegalArgumentException("image " + i + " has " + unitImages.get(i).length
                        + " pixels, expected " + pixels);
            }
        }
        long n = unitImages.size();
        long[] shape = layout == InputLayout.FLAT ? new long[]{n, pixels} : new long[]{n, 1, height, width};
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        FloatBuffer target = out.data().asNioFloat();
        for (float[] image : unitImages) {
            target.put(image);
        }
        return out;
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
