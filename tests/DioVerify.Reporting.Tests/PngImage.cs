using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// A decoded PNG, as Chromium writes screenshots: 8-bit RGB or RGBA, not interlaced. Enough of the format to
/// check that a screenshot is a real image of the requested size and to count the colours painted in it.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _pixels;
    private readonly int _bytesPerPixel;

    private PngImage(int width, int height, int bytesPerPixel, byte[] pixels)
    {
        Width = width;
        Height = height;
        _bytesPerPixel = bytesPerPixel;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Every pixel's colour, alpha ignored, as <c>0xRRGGBB</c>.</summary>
    public IEnumerable<int> Colours()
    {
        for (var i = 0; i < _pixels.Length; i += _bytesPerPixel)
        {
            yield return (_pixels[i] << 16) | (_pixels[i + 1] << 8) | _pixels[i + 2];
        }
    }

    /// <summary>The colour of the pixel at column <paramref name="x"/>, row <paramref name="y"/>, as <c>0xRRGGBB</c>.</summary>
    public int ColourAt(int x, int y)
    {
        var i = ((y * Width) + x) * _bytesPerPixel;
        return (_pixels[i] << 16) | (_pixels[i + 1] << 8) | _pixels[i + 2];
    }

    public static PngImage Read(string path)
    {
        var file = File.ReadAllBytes(path);
        if (!file.AsSpan().StartsWith(Signature)) throw new InvalidDataException($"{path}: not a PNG (no signature)");
        int width = 0, height = 0, bytesPerPixel = 0;
        using var compressed = new MemoryStream();
        for (var at = Signature.Length; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            at += 12 + length; // length, type, data, CRC
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    var (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
                    if (bitDepth != 8 || interlace != 0 || colourType is not (2 or 6))
                    {
                        throw new InvalidDataException($"{path}: bit depth {bitDepth}, colour type {colourType}, interlace {interlace}: only 8-bit RGB/RGBA, not interlaced, is read here");
                    }

                    bytesPerPixel = colourType == 2 ? 3 : 4;
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    return new PngImage(width, height, bytesPerPixel, Unfilter(Inflate(compressed), width, height, bytesPerPixel));
            }
        }

        throw new InvalidDataException($"{path}: no IEND chunk");
    }

    private static byte[] Inflate(MemoryStream compressed)
    {
        compressed.Position = 0;
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }

    /// <summary>Undoes the per-row filters of the PNG specification (section 9): None, Sub, Up, Average, Paeth.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        if (raw.Length != height * (stride + 1)) throw new InvalidDataException($"image data is {raw.Length} bytes, expected {height * (stride + 1)}");
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int left = x >= bpp ? pixels[(y * stride) + x - bpp] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= bpp && y > 0 ? pixels[((y - 1) * stride) + x - bpp] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"row {y}: unknown filter {filter}"),
                };
                pixels[(y * stride) + x] = (byte)(value + predicted);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
