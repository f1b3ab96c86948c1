import javax.imageio.ImageIO
import java.awt.image.BufferedImage
// a scan of the wrong size, a folder without images, and a gallery enrolled by another model
def dir = new File(basedir, 'inputs')
dir.mkdirs()
ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), 'png', new File(dir, 'small.png'))
new File(basedir, 'empty').mkdirs()
new File(basedir, 'empty/readme.txt').text = 'no images here'
def header = '{"schemaVersion":1,"modelSha256":"' + ('0' * 64) + '","distance":"euclidean","format":"float32",' +
        '"dimensions":128,"entries":[{"identity":"A","source":"A_00.bmp"}]}'
new File(dir, 'other-model.bin').withDataOutputStream { out ->
    out.write('SIAMGAL1'.getBytes('US-ASCII'))
    out.writeInt(header.getBytes('UTF-8').length)
    out.write(header.getBytes('UTF-8'))
    out.write(new byte[128 * 4])
}
return true
