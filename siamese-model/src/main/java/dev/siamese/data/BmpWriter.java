package dev.siamese.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes 8-bit grayscale BMP files byte for byte as Pillow writes mode "L" images: a
 * BITMAPINFOHEADER, a 256-entry gray palette (its reserved byte, too, set to the gray value), 3780 pixels per metre (96 dpi), bottom-up rows padded
 * to four bytes. ImageIO's BMP writer differs in its header, so the seed's files could not be
 * reproduced exactly with it.
 */
public final class BmpWriter {
    private static final int FILE_HEADER = 14;
    private static final int INFO_HEADER = 40;
    private static final int PALETTE = 256 * 4;
    private static final int PIXELS_PER_METRE = 3780;

    private BmpWriter() {
    }

    public static byte[] encode(GrayImage image) {
        int stride = (image.width() + 3) & ~3;
        int dataSize = stride * image.height();
        int offset = FILE_HEADER + INFO_HEADER + PALETTE;
        ByteBuffer b = ByteBuffer.allocate(offset + dataSize).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt(offset + dataSize).putInt(0).putInt(offset);
        b.putInt(INFO_HEADER).putInt(image.width()).putInt(image.height()).putShort((short) 1).putShort((short) 8)
                .putInt(0).putInt(dataSize).putInt(PIXELS_PER_METRE).putInt(PIXELS_PER_METRE).putInt(256).putInt(256);
        for (int i = 0; i < 256; i++) {
            b.put((byte) i).put((byte) i).put((byte) i).put((byte) i); // Pillow fills the reserved byte with i too
        }
        byte[] pad = new byte[stride - image.width()];
        for (int y = image.height() - 1; y >= 0; y--) {
            b.put(image.pixels(), y * image.width(), image.width()).put(pad);
        }
        return b.array();
    }
}
