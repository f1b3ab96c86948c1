from PIL import Image, ImageDraw
width = 160
height = 160
img = Image.new('L', (width, height), 'white')
stripe_width = 6
num_stripes = int(width / stripe_width)
for i in range(num_stripes):
    color = 0 if i % 2 else 255
    x0 = i * stripe_width
    y0 = 0
    x1 = x0 + stripe_width
    y1 = height
    img_draw = ImageDraw.Draw(img)
    img_draw.rectangle([x0, y0, x1, y1], fill=color)
rotated = img.rotate(90)
path = 'data/pseudo_fingerprints/'
for i in range(15):
    img.save(path + f'A_{i:02d}.bmp')
    rotated.save(path + f'B_{i:02d}.bmp')
