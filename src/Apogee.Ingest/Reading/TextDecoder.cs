using System.Text;
using Apogee.Core;

namespace Apogee.Ingest.Reading;

/// <summary>
/// Turns the bytes of one input into text, refusing what is not an article: binary data,
/// bytes that are not UTF-8 (a strict decoder, so mojibake never reaches the extractor), empty files.
/// A byte-order mark (UTF-8 or UTF-16) is honoured and dropped.
/// </summary>
public static class TextDecoder
{
    /// <summary>Share of control characters (other than tab, CR, LF, FF) above which a text is called binary.</summary>
    private const double MaxControlShare = 0.1;

    public static Result<string> Decode(string name, ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = bytes[0] == 0xFE;
            var decoded = Strict(new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true), name, bytes[2..]);
            if (!decoded.IsSuccess) return decoded;
            text = decoded.Value;
        }
        else
        {
            var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
            if (body.IndexOf((byte)0) >= 0) return Result<string>.Fail(IngestErrors.Binary(name));
            var decoded = Strict(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), name, body);
            if (!decoded.IsSuccess) return decoded;
            text = decoded.Value;
        }

        return Check(name, text);
    }

    /// <summary>The checks that apply to text from any source (files, stdin, .jsonl fields).</summary>
    public static Result<string> Check(string name, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Result<string>.Fail(IngestErrors.Empty(name));
        if (text.Contains('\0', StringComparison.Ordinal)) return Result<string>.Fail(IngestErrors.Binary(name));
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')) control++;
        }

        return control > text.Length * MaxControlShare
            ? Result<string>.Fail(IngestErrors.Binary(name))
            : Result<string>.Ok(text);
    }

    private static Result<string> Strict(Encoding encoding, string name, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Result<string>.Ok(encoding.GetString(bytes));
        }
        catch (DecoderFallbackException ex)
        {
            return Result<string>.Fail(IngestErrors.NotUtf8(name, ex.Index));
        }
    }
}
