package dev.siamese.model;

import dev.siamese.data.GrayImage;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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

    /** The same from images already scaled to [0, 1] (row-major, {@code height × width} each). */
    public static INDArray of(List<float[]> unitImages, int height, int width, InputLayout layout) {
        int pixels = height * width;
        float[] data = new float[unitImages.size() * pixels];
        for (int i = 0; i < unitImages.size(); i++) {
            float[] img = unitImages.get(i);
            if (img.length != pixels) {
                throw new IllegalArgumentException("image " + i + " has " + img.length + " pixels, expected " + pixels);
            }
            System.arraycopy(img, 0, data, i * pixels, pixels);
        }
        long n = unitImages.size();
        long[] shape = layout == InputLayout.FLAT ? new long[]{n, pixels} : new long[]{n, 1, height, width};
        return Nd4j.create(data, shape, 'c');
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
